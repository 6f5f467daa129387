package io.revcycle.payersim.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.RemittanceReceived;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.EventContext;
import io.revcycle.messaging.inbox.IntegrationEventHandler;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.payersim.domain.Adjudication;
import io.revcycle.payersim.service.ClaimAdjudicator;

/** The payer receives a claim and answers with a remittance; a claim already answered is not paid twice. */
@ApplicationScoped
public class ClaimSubmittedHandler implements IntegrationEventHandler<ClaimSubmitted> {

    private final ClaimAdjudicator adjudicator;
    private final EventOutbox outbox;

    public ClaimSubmittedHandler(ClaimAdjudicator adjudicator, EventOutbox outbox) {
        this.adjudicator = adjudicator;
        this.outbox = outbox;
    }

    @Override
    public String topic() {
        return Topics.CLAIM_SUBMITTED;
    }

    @Override
    public Class<ClaimSubmitted> eventType() {
        return ClaimSubmitted.class;
    }

    @Override
    public void handle(ClaimSubmitted claim, EventContext context) {
        if (Adjudication.findById(claim.getClaimId()) != null) {
            return;
        }
        RemittanceReceived remittance = adjudicator.adjudicate(claim);
        Adjudication a = new Adjudication();
        a.claimId = claim.getClaimId();
        a.encounterId = claim.getEncounterId();
        a.payerId = claim.getPayerId();
        a.claimStatusCode = remittance.getClaimStatusCode();
        a.totalCharge = remittance.getTotalCharge();
        a.paidAmount = remittance.getPaidAmount();
        a.patientResponsibility = remittance.getPatientResponsibility();
        a.adjudicatedAt = Instant.now();
        a.persist();
        outbox.publish(Topics.PAYER_REMITTANCE, claim.getClaimId(), remittance);
    }
}
