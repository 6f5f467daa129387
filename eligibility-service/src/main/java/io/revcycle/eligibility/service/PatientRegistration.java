package io.revcycle.eligibility.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.eligibility.domain.Coverage;
import io.revcycle.eligibility.domain.PatientGuarantor;
import io.revcycle.eligibility.domain.Relationship;

/**
 * A registration's coverages into the registry. Each coverage is matched to the patient's registered one by payer and
 * member id: a match is updated with what registration knows (plan, group, subscriber, dates, priority; benefits
 * already on file are kept), anything else is put on file by {@link CoverageService#add}; then the members'
 * uncovered encounters are re-checked as for the REST path. A replacing registration (A08) ends the patient's coverages it no longer names
 * on the day before it was recorded; ended coverages stay on file.
 */
@ApplicationScoped
public class PatientRegistration {

    private static final Logger LOG = Logger.getLogger(PatientRegistration.class);

    private final CoverageService coverages;
    private final EligibilityVerificationService verification;

    public PatientRegistration(CoverageService coverages, EligibilityVerificationService verification) {
        this.coverages = coverages;
        this.verification = verification;
    }

    /** The coverage ids registered or updated, in the command's order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> register(RegisterPatientCommand command) {
        List<Coverage> onFile = Coverage.listByPatient(command.patientId());
        Set<String> named = new HashSet<>();
        List<String> ids = command.coverages().stream().map(c -> {
            Optional<Coverage> match = onFile.stream()
                    .filter(f -> f.payerId.equals(c.payerId()) && f.memberId.equals(c.memberId())).findFirst();
            String id = match.map(f -> update(f, c)).orElseGet(() -> coverages.add(c).coverageId);
            named.add(id);
            return id;
        }).toList();
        if (command.replacing()) {
            LocalDate lastDay = command.asOf().minusDays(1);
            for (Coverage c : onFile) {
                if (!named.contains(c.coverageId) && (c.effectiveTo == null || c.effectiveTo.isAfter(lastDay))) {
                    end(c, lastDay);
                }
            }
        }
        if (command.guarantor() != null) {
            keepGuarantor(command.patientId(), command.guarantor());
        }
        // once every coverage is on file, so a re-checked encounter's order of benefits names them all
        command.coverages().stream().map(c -> List.of(c.payerId(), c.memberId())).distinct()
                .forEach(k -> verification.recheckInactive(k.get(0), k.get(1)));
        return ids;
    }

    private String update(Coverage coverage, RegisterCoverageCommand c) {
        coverage.payerName = c.payerName() == null ? coverage.payerName : c.payerName();
        coverage.planName = c.planName();
        coverage.effectiveFrom = c.effectiveFrom();
        coverage.effectiveTo = c.effectiveTo();
        coverage.groupId = c.groupId();
        coverage.insuranceType = c.insuranceType() == null ? coverage.insuranceType : c.insuranceType();
        coverage.relationshipCode = (c.relationship() == null ? Relationship.SELF : c.relationship()).code();
        coverage.subscriberFirstName = c.subscriberFirstName();
        coverage.subscriberLastName = c.subscriberLastName();
        coverage.subscriberBirthDate = c.subscriberBirthDate();
        coverage.declaredPriority = c.declaredPriority();
        coverage.updatedAt = now();
        LOG.infof("coverage %s of patient %s updated by registration", coverage.coverageId, coverage.patientId);
        return coverage.coverageId;
    }

    /** A coverage that has not started by then is ended on its first day: the registry keeps no empty period. */
    private void end(Coverage coverage, LocalDate lastDay) {
        coverage.effectiveTo = lastDay.isBefore(coverage.effectiveFrom) ? coverage.effectiveFrom : lastDay;
        coverage.updatedAt = now();
        LOG.infof("coverage %s of patient %s ended as of %s: not in the patient's updated registration",
                coverage.coverageId, coverage.patientId, coverage.effectiveTo);
    }

    private static void keepGuarantor(String patientId, RegisterPatientCommand.Guarantor g) {
        PatientGuarantor guarantor = PatientGuarantor.<PatientGuarantor>findByIdOptional(patientId)
                .orElseGet(PatientGuarantor::new);
        boolean added = guarantor.patientId == null;
        guarantor.patientId = patientId;
        guarantor.guarantorNumber = g.guarantorNumber();
        guarantor.familyName = g.familyName();
        guarantor.givenName = g.givenName();
        guarantor.birthDate = g.birthDate();
        guarantor.relationshipCode = g.relationshipCode();
        guarantor.addressLine1 = g.addressLine1();
        guarantor.addressLine2 = g.addressLine2();
        guarantor.city = g.city();
        guarantor.state = g.state();
        guarantor.postalCode = g.postalCode();
        guarantor.phone = g.phone();
        guarantor.updatedAt = now();
        if (added) {
            guarantor.persist();
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
