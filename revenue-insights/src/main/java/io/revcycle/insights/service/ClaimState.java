package io.revcycle.insights.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.revcycle.insights.domain.EventFact;

/** One claim's primary-payer leg as its facts up to a moment tell it. */
final class ClaimState {

    final String claimId;
    String encounterId;
    String payerId;
    LocalDate dateOfService;
    BigDecimal charge;
    Instant firstSubmittedAt;
    BigDecimal firstSubmittedCharge;
    int submissions;
    /** A hold or a rejection (scrubber, 999, 277CA) before the first adjudication: neither clean nor first-pass. */
    boolean reworkedBeforeAdjudication;
    boolean heldOrRejected;
    int submissionsBeforeAdjudication;
    EventFact firstAdjudication;
    EventFact latestAdjudication;
    BigDecimal writtenOff = BigDecimal.ZERO;
    boolean voided;

    ClaimState(String claimId) {
        this.claimId = claimId;
    }

    void apply(EventFact f) {
        encounterId = f.encounterId;
        if (f.payerId != null && payerId == null) {
            payerId = f.payerId;
        }
        if (f.dateOfService != null) {
            dateOfService = f.dateOfService;
        }
        switch (f.kind) {
            case SUBMITTED -> {
                submissions++;
                charge = f.charge;
                if (firstSubmittedAt == null) {
                    firstSubmittedAt = f.occurredAt;
                    firstSubmittedCharge = f.charge;
                }
                if (firstAdjudication == null) {
                    submissionsBeforeAdjudication++;
                }
            }
            case HELD, REJECTED -> {
                heldOrRejected = true;
                if (firstAdjudication == null) {
                    reworkedBeforeAdjudication = true;
                }
            }
            case ADJUDICATED -> {
                if (firstAdjudication == null) {
                    firstAdjudication = f;
                }
                if (latestAdjudication == null || sequence(f) >= sequence(latestAdjudication)) {
                    latestAdjudication = f;
                }
            }
            case DENIAL_ACTION -> {
                if ("WRITTEN_OFF".equals(f.detail) && f.charge != null) {
                    writtenOff = writtenOff.add(f.charge);
                } else if ("VOIDED".equals(f.detail)) {
                    voided = true;
                }
            }
            default -> {
            }
        }
    }

    private static int sequence(EventFact f) {
        return f.postingSequence == null ? 0 : f.postingSequence;
    }

    boolean inAr() {
        return firstSubmittedAt != null && !voided;
    }

    /**
     * What the payer and the write-offs have not yet settled: the charge less the payer's payments, the contractual
     * adjustment and the patient's share (patient A/R, not the payer's) of the newest posting, less write-offs.
     * Denied dollars stay until written off or paid after an appeal. Null while the claim is not adjudicated.
     */
    BigDecimal adjudicatedBalance() {
        if (latestAdjudication == null) {
            return null;
        }
        EventFact a = latestAdjudication;
        BigDecimal open = a.charge.subtract(a.paid).subtract(a.contractual).subtract(a.patientShare)
                .subtract(writtenOff);
        return open.signum() < 0 ? BigDecimal.ZERO.setScale(2) : open;
    }
}
