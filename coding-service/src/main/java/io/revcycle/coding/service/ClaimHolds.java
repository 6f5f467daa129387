package io.revcycle.coding.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.revcycle.coding.domain.ClaimHoldReason;
import io.revcycle.coding.domain.CodingWorkItem;

/**
 * What coding knows of an encounter's claim in claims-service, for DNFB: held (with why) until it is sent. Holds and
 * submissions come on different topics, so they may be handled out of order: a hold only replaces an older hold,
 * and none is recorded once the claim was sent.
 */
@ApplicationScoped
public class ClaimHolds {

    /** Returns false when no unbilled work item of the encounter took it (coded elsewhere, already sent, older). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean held(String encounterId, ClaimHoldReason reason, Instant heldAt) {
        return CodingWorkItem.update("claimHeldAt = ?1, claimHoldReason = ?2 where encounterId = ?3 "
                + "and billedAt is null and (claimHeldAt is null or claimHeldAt <= ?1)", heldAt, reason,
                encounterId) > 0;
    }

    /** The first submission's time is kept (a corrected or replacement claim sent later does not move it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void submitted(String encounterId, Instant submittedAt) {
        CodingWorkItem.update("billedAt = ?1, claimHeldAt = null, claimHoldReason = null where encounterId = ?2 "
                + "and billedAt is null", submittedAt, encounterId);
    }
}
