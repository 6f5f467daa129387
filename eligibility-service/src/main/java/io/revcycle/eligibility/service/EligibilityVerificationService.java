package io.revcycle.eligibility.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.eligibility.domain.Coverage;
import io.revcycle.eligibility.domain.CoverageDecision;
import io.revcycle.eligibility.domain.EligibilityCheck;
import io.revcycle.eligibility.messaging.EligibilityEventMapper;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.rest.ProblemException;

/** Checks coverage once per encounter and publishes the result as EligibilityVerified in the same transaction. */
@ApplicationScoped
public class EligibilityVerificationService {

    private static final Logger LOG = Logger.getLogger(EligibilityVerificationService.class);

    private final EventOutbox outbox;

    public EligibilityVerificationService(EventOutbox outbox) {
        this.outbox = outbox;
    }

    /**
     * An encounter already checked (e.g. re-published under a new event id) keeps its stored result and publishes
     * nothing, so downstream services see exactly one EligibilityVerified per encounter.
     */
    @Transactional
    public EligibilityCheck verify(VerifyEligibilityCommand command) {
        Optional<EligibilityCheck> existing = EligibilityCheck.findByEncounterId(command.encounterId());
        if (existing.isPresent()) {
            LOG.infof("encounter %s already checked (%s); not checking again", command.encounterId(),
                    existing.get().result);
            return existing.get();
        }
        CoverageDecision decision = CoverageDecision.decide(
                Coverage.listByPayerAndMember(command.payerId(), command.memberId()), command.dateOfService());
        EligibilityCheck check = EligibilityCheck.of(command.encounterId(), command.patientId(), command.payerId(),
                command.memberId(), command.dateOfService(), decision, UUID.randomUUID(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        check.persist();
        outbox.publish(Topics.ELIGIBILITY_VERIFIED, check.encounterId, EligibilityEventMapper.toEligibilityVerified(check));
        if (check.coverageActive()) {
            LOG.infof("encounter %s: coverage %s active at payer %s", check.encounterId, check.coverageId,
                    check.payerId);
        } else {
            LOG.infof("encounter %s: no active coverage at payer %s (%s)", check.encounterId, check.payerId,
                    check.reason);
        }
        return check;
    }

    /**
     * A coverage of this member was registered or changed: encounters whose check found no active coverage are
     * checked again, and those now covered publish a new EligibilityVerified (a new event id), so a claim held for
     * inactive coverage is re-evaluated. Active checks keep their snapshot.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recheckInactive(String payerId, String memberId) {
        List<Coverage> coverages = Coverage.listByPayerAndMember(payerId, memberId);
        int rechecked = 0;
        for (EligibilityCheck check : EligibilityCheck.inactiveOf(payerId, memberId)) {
            CoverageDecision decision = CoverageDecision.decide(coverages, check.dateOfService);
            if (!decision.active()) {
                continue;
            }
            EligibilityCheck renewed = EligibilityCheck.of(check.encounterId, check.patientId, check.payerId,
                    check.memberId, check.dateOfService, decision, UUID.randomUUID(),
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
            check.replaceWith(renewed);
            outbox.publish(Topics.ELIGIBILITY_VERIFIED, check.encounterId,
                    EligibilityEventMapper.toEligibilityVerified(check));
            LOG.infof("encounter %s re-checked after a coverage change: coverage %s active", check.encounterId,
                    check.coverageId);
            rechecked++;
        }
        return rechecked;
    }

    public EligibilityCheck get(String encounterId) {
        return EligibilityCheck.findByEncounterId(encounterId)
                .orElseThrow(() -> ProblemException.notFound("Eligibility check for encounter", encounterId));
    }
}
