package io.revcycle.eligibility.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.eligibility.domain.EligibilityCheck;

/**
 * Re-verification asked for by claims-service: the encounter's current check is superseded by a fresh one, made as
 * the first was (coverages on file; a 270 to a payer that answers them, never from the cache), which publishes a new
 * EligibilityVerified when it ends. Asked twice, it checks once: a check still pending, or one made after the check
 * claims-service holds, already answers the request.
 */
@ApplicationScoped
public class EligibilityReverification {

    private static final Logger LOG = Logger.getLogger(EligibilityReverification.class);

    public enum Outcome {
        /** A fresh check was made or its 270 sent. */
        CHECKED,
        /** The current check is waiting for its 271, or is newer than the one claims-service holds. */
        ALREADY_ANSWERING,
        /** This service never checked the encounter. */
        NO_CHECK
    }

    private final EligibilityVerificationService verification;

    public EligibilityReverification(EligibilityVerificationService verification) {
        this.verification = verification;
    }

    @Transactional
    public Outcome reverify(ReverifyEligibilityCommand command) {
        Optional<EligibilityCheck> found = EligibilityCheck.<EligibilityCheck>find(
                "encounterId = ?1 and supersededAt is null", command.encounterId())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        if (found.isEmpty()) {
            return Outcome.NO_CHECK;
        }
        EligibilityCheck current = found.get();
        if (current.pending() || current.checkedAt.isAfter(command.lastCheckedAt())) {
            LOG.infof("encounter %s: check %s (%s, %s) already answers the re-verification request",
                    command.encounterId(), current.checkId, current.result, current.checkedAt);
            return Outcome.ALREADY_ANSWERING;
        }
        current.supersededAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // written before the fresh check is inserted: one current check per encounter (partial unique index)
        current.flush();
        EligibilityCheck fresh = verification.checkNow(new VerifyEligibilityCommand(current.encounterId,
                current.patientId, current.payerId, current.memberId, current.dateOfService, InquiryPerson.UNKNOWN,
                command.providerNpi()), false);
        LOG.infof("encounter %s re-verified: check %s superseded by check %s (%s)", command.encounterId(),
                current.checkId, fresh.checkId, fresh.result);
        return Outcome.CHECKED;
    }
}
