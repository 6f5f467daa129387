package io.revcycle.claims.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a claim stands in the X12 trading loop: held before it can be built, ready (built and scrubbed clean), sent
 * in an 837 batch, acknowledged by a 999, accepted by a 277CA, adjudicated (terminal), or rejected into the
 * correction queue. REVERSED: the payer took back every payment it made (835 reversal, CLP02 22) and its corrected
 * adjudication has not come yet.
 */
public enum ClaimStatus {
    HELD, READY, SENT, ACKNOWLEDGED, ACCEPTED, REJECTED, PAID, PARTIALLY_DENIED, DENIED, REVERSED;

    private static final Set<ClaimStatus> ADJUDICATED = EnumSet.of(PAID, PARTIALLY_DENIED, DENIED, REVERSED);
    /** In a payer's hands: an adjudication may arrive. */
    private static final Set<ClaimStatus> AT_PAYER = EnumSet.of(SENT, ACKNOWLEDGED, ACCEPTED);

    public boolean adjudicated() {
        return ADJUDICATED.contains(this);
    }

    public boolean atPayer() {
        return AT_PAYER.contains(this);
    }

    /** The moves the state machine allows; anything else is a programming or event-ordering error. */
    public boolean canMoveTo(ClaimStatus to) {
        return switch (this) {
            case HELD -> to == READY || to == REJECTED || to == HELD;
            case READY -> to == SENT || to == REJECTED;
            case SENT -> to == ACKNOWLEDGED || to == ACCEPTED || to == REJECTED || to.adjudicated();
            case ACKNOWLEDGED -> to == ACCEPTED || to == REJECTED || to.adjudicated();
            case ACCEPTED -> to.adjudicated();
            case REJECTED -> to == READY || to == HELD || to == REJECTED;
            // terminal for acknowledgments; a payer's corrected adjudication replaces the earlier one; a denied claim
            // corrected (frequency 7) or voided (8) is built again: READY, or REJECTED when the scrub finds errors
            case PAID, PARTIALLY_DENIED, DENIED, REVERSED -> to.adjudicated() || to == READY || to == REJECTED;
        };
    }
}
