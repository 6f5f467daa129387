package io.revcycle.eligibility.service;

import io.revcycle.events.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.eligibility.domain.Coverage;
import io.revcycle.eligibility.domain.InsuranceType;
import io.revcycle.eligibility.domain.Relationship;
import io.revcycle.rest.ProblemException;

/** Keeps the coverages on file. Requests are validated at the REST edge; rules needing stored state live here. */
@ApplicationScoped
public class CoverageService {

    private static final Logger LOG = Logger.getLogger(CoverageService.class);

    private final EligibilityVerificationService verification;

    public CoverageService(EligibilityVerificationService verification) {
        this.verification = verification;
    }

    @Transactional
    public Coverage register(RegisterCoverageCommand command) {
        Coverage coverage = add(command);
        verification.recheckInactive(coverage.payerId, coverage.memberId);
        return coverage;
    }

    /**
     * Puts the coverage on file without re-checking uncovered encounters: for a registration of several coverages,
     * which re-checks once all are on file (each check's order of benefits then names them all).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Coverage add(RegisterCoverageCommand command) {
        String coverageId = command.coverageId() == null ? "COV-" + UUID.randomUUID() : command.coverageId();
        if (Coverage.findById(coverageId) != null) {
            throw ProblemException.conflict("Coverage " + coverageId + " already exists");
        }
        Instant now = now();
        Coverage coverage = new Coverage();
        coverage.coverageId = coverageId;
        coverage.patientId = command.patientId();
        coverage.payerId = command.payerId();
        coverage.payerName = command.payerName();
        coverage.memberId = command.memberId();
        coverage.planName = command.planName();
        coverage.effectiveFrom = command.effectiveFrom();
        coverage.effectiveTo = command.effectiveTo();
        // null: not known at registration (HL7 ADT), left for the 271 rather than defaulted
        coverage.copay = command.copay() == null ? null : Money.exact(command.copay());
        coverage.coinsurancePercent = command.coinsurancePercent() == null ? null
                : Money.exact(command.coinsurancePercent());
        coverage.deductibleRemaining = command.deductibleRemaining() == null ? null
                : Money.exact(command.deductibleRemaining());
        coverage.groupId = command.groupId();
        coverage.insuranceType = command.insuranceType() == null ? InsuranceType.COMMERCIAL : command.insuranceType();
        coverage.relationshipCode = (command.relationship() == null ? Relationship.SELF : command.relationship()).code();
        coverage.subscriberFirstName = command.subscriberFirstName();
        coverage.subscriberLastName = command.subscriberLastName();
        coverage.subscriberBirthDate = command.subscriberBirthDate();
        coverage.declaredPriority = command.declaredPriority();
        coverage.createdAt = now;
        coverage.updatedAt = now;
        try {
            // flushed here: a concurrent registration of the same id fails now, on the primary key, not at commit
            coverage.persistAndFlush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (e instanceof org.hibernate.exception.ConstraintViolationException
                    || e.getCause() instanceof org.hibernate.exception.ConstraintViolationException) {
                throw ProblemException.conflict("Coverage " + coverageId + " already exists");
            }
            throw e;
        }
        // ids only: the member id is PHI
        LOG.infof("coverage %s registered for patient %s at payer %s", coverageId, coverage.patientId,
                coverage.payerId);
        return coverage;
    }

    public Coverage get(String coverageId) {
        Coverage coverage = Coverage.findById(coverageId);
        if (coverage == null) {
            throw ProblemException.notFound("Coverage", coverageId);
        }
        return coverage;
    }

    public List<Coverage> listByPatient(String patientId) {
        return Coverage.listByPatient(patientId);
    }

    public List<Coverage> listByPayerAndMember(String payerId, String memberId) {
        return Coverage.listByPayerAndMember(payerId, memberId);
    }

    /** Termination only shortens a coverage: it cannot end before it starts nor later than an earlier end. */
    @Transactional
    public Coverage terminate(TerminateCoverageCommand command) {
        Coverage coverage = get(command.coverageId());
        if (command.effectiveTo().isBefore(coverage.effectiveFrom)) {
            throw new ProblemException(422, "Unprocessable Content", "Coverage " + coverage.coverageId
                    + " starts on " + coverage.effectiveFrom + "; it cannot end on " + command.effectiveTo());
        }
        if (coverage.effectiveTo != null && command.effectiveTo().isAfter(coverage.effectiveTo)) {
            throw new ProblemException(422, "Unprocessable Content", "Coverage " + coverage.coverageId
                    + " already ended on " + coverage.effectiveTo + "; termination cannot extend it");
        }
        coverage.effectiveTo = command.effectiveTo();
        coverage.updatedAt = now();
        LOG.infof("coverage %s terminated as of %s", coverage.coverageId, coverage.effectiveTo);
        verification.recheckInactive(coverage.payerId, coverage.memberId);
        return coverage;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
