package io.revcycle.claims.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.ClaimTimelineEntry;

/**
 * The one place where a claim changes state: checks that the move is allowed and appends it to the claim's timeline
 * with its cause, so the timeline is the claim's complete history.
 */
@ApplicationScoped
public class ClaimStateMachine {

    private static final Logger LOG = Logger.getLogger(ClaimStateMachine.class);

    /** Records the first state of a new claim (already set and persisted: the timeline row references it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void started(Claim claim, String cause) {
        append(claim.claimId, null, claim.status, cause, null, null);
        // DEBUG: the claim's timeline (GET /claims/{id}) records every state; batches log a summary
        LOG.debugf("claim %s: new, %s", claim.claimId, claim.status);
    }

    /** Moves the claim; throws IllegalStateException for a move the machine does not allow. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Claim claim, ClaimStatus to, String cause, String fileId, String isa13) {
        ClaimStatus from = claim.status;
        if (!from.canMoveTo(to)) {
            throw new IllegalStateException("claim " + claim.claimId + " cannot move from " + from + " to " + to);
        }
        claim.status = to;
        claim.updatedAt = now();
        if (to == ClaimStatus.READY) {
            claim.readyAt = claim.updatedAt;
        }
        append(claim.claimId, from, to, cause, fileId, isa13);
        LOG.debugf("claim %s: %s -> %s", claim.claimId, from, to);
    }

    public void move(Claim claim, ClaimStatus to, String cause) {
        move(claim, to, cause, null, null);
    }

    /** Something happened that does not change the state (e.g. an acknowledgment after adjudication). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void note(Claim claim, String cause, String fileId, String isa13) {
        append(claim.claimId, claim.status, claim.status, cause, fileId, isa13);
    }

    private static void append(String claimId, ClaimStatus from, ClaimStatus to, String cause, String fileId,
            String isa13) {
        ClaimTimelineEntry e = new ClaimTimelineEntry();
        e.claimId = claimId;
        e.at = now();
        e.fromStatus = from;
        e.toStatus = to;
        e.cause = cause.length() > 2000 ? cause.substring(0, 1997) + "..." : cause;
        e.fileId = fileId;
        e.isa13 = isa13;
        e.persist();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
