package io.revcycle.insights.messaging;

import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.ClaimHeld;
import io.revcycle.events.ClaimRejected;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.DenialActionTaken;
import io.revcycle.events.DenialRaised;
import io.revcycle.events.EncounterCoded;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.insights.domain.EventFact;
import io.revcycle.insights.domain.FactKind;

/** Avro events to fact rows: ids, codes, dates and amounts only (the sealed PHI is never opened here). */
final class FactMapper {

    private FactMapper() {
    }

    static EventFact of(EncounterDocumented e) {
        EventFact f = new EventFact(e.getEventId(), FactKind.DOCUMENTED, e.getOccurredAt(), e.getEncounterId());
        f.payerId = e.getPayerId();
        f.dateOfService = e.getDateOfService();
        f.charge = e.getExpectedCharge();
        return f;
    }

    static EventFact of(EncounterCoded e) {
        EventFact f = new EventFact(e.getEventId(), FactKind.CODED, e.getOccurredAt(), e.getEncounterId());
        f.payerId = e.getPayerId();
        f.dateOfService = e.getDateOfService();
        return f;
    }

    static EventFact of(ClaimSubmitted e) {
        EventFact f = claim(e.getEventId(), FactKind.SUBMITTED, e.getOccurredAt(), e.getEncounterId(), e.getClaimId(),
                e.getPayerId(), e.getPayerResponsibility());
        f.dateOfService = e.getDateOfService();
        f.charge = e.getTotalCharge();
        return f;
    }

    static EventFact of(ClaimHeld e) {
        EventFact f = claim(e.getEventId(), FactKind.HELD, e.getOccurredAt(), e.getEncounterId(), e.getClaimId(),
                e.getPayerId(), "P");
        f.detail = e.getHoldReason();
        return f;
    }

    static EventFact of(ClaimRejected e) {
        EventFact f = claim(e.getEventId(), FactKind.REJECTED, e.getOccurredAt(), e.getEncounterId(), e.getClaimId(),
                e.getPayerId(), e.getPayerResponsibility());
        f.detail = e.getStage();
        return f;
    }

    static EventFact of(ClaimAdjudicated e) {
        EventFact f = claim(e.getEventId(), FactKind.ADJUDICATED, e.getOccurredAt(), e.getEncounterId(),
                e.getClaimId(), e.getPayerId(), e.getPayerResponsibility());
        f.dateOfService = e.getDateOfService();
        f.charge = e.getTotalCharge();
        f.allowed = e.getAllowedAmount();
        f.paid = e.getPaidAmount();
        f.patientShare = e.getPatientResponsibility();
        f.contractual = e.getContractualAdjustment();
        f.denied = e.getDeniedAmount();
        f.postingSequence = e.getPostingSequence();
        f.detail = e.getOutcome();
        return f;
    }

    static EventFact of(DenialRaised e) {
        EventFact f = claim(e.getEventId(), FactKind.DENIED, e.getOccurredAt(), e.getEncounterId(), e.getClaimId(),
                e.getPayerId(), e.getPayerResponsibility());
        f.denied = e.getDeniedAmount();
        f.category = e.getCategory();
        return f;
    }

    static EventFact of(DenialActionTaken e) {
        // the action's payer leg is the denial's; claims-service does not repeat it on the action
        EventFact f = claim(e.getEventId(), FactKind.DENIAL_ACTION, e.getOccurredAt(), e.getEncounterId(),
                e.getClaimId(), e.getPayerId(), null);
        f.charge = e.getAmount();
        f.detail = e.getAction();
        return f;
    }

    private static EventFact claim(java.util.UUID eventId, FactKind kind, java.time.Instant at, String encounterId,
            String claimId, String payerId, String payerResponsibility) {
        EventFact f = new EventFact(eventId, kind, at, encounterId);
        f.claimId = claimId;
        f.payerId = payerId;
        f.payerResponsibility = payerResponsibility;
        return f;
    }
}
