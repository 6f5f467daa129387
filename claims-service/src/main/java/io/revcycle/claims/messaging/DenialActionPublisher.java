package io.revcycle.claims.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.opentelemetry.context.Scope;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.DenialAction;
import io.revcycle.claims.domain.DenialItem;
import io.revcycle.claims.service.DenialActionEvents;
import io.revcycle.events.DenialActionLine;
import io.revcycle.events.DenialActionTaken;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.messaging.tracing.EventTracing;

/** DenialActionTaken through the shared outbox, keyed by claim id, continuing the claim's trace. */
@ApplicationScoped
public class DenialActionPublisher implements DenialActionEvents {

    private final EventOutbox outbox;
    private final EventTracing tracing;

    public DenialActionPublisher(EventOutbox outbox, EventTracing tracing) {
        this.outbox = outbox;
        this.tracing = tracing;
    }

    @Override
    public void actionTaken(Claim claim, List<DenialItem> items, DenialAction action, String actedBy, String detail) {
        DenialActionTaken.Builder event = DenialActionTaken.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setClaimId(claim.claimId)
                .setEncounterId(claim.encounterId)
                .setPatientId(claim.patientId)
                .setPayerId(claim.payerId)
                .setAction(action.name())
                .setDenialItemIds(items.stream().map(i -> i.id).toList())
                .setLineNumbers(items.stream().map(i -> i.lineNumber).toList())
                .setAmount(items.stream().map(i -> i.amount).reduce(new BigDecimal("0.00"), BigDecimal::add))
                .setActedBy(actedBy)
                .setDepartment(items.stream().map(i -> i.department).filter(d -> d != null).findFirst().orElse(null))
                .setAppealDeadline(items.stream().map(i -> i.appealDeadline).filter(d -> d != null).sorted()
                        .findFirst().orElse(null))
                .setCategory(items.stream().map(i -> i.category).filter(c -> c != null).findFirst().orElse(null))
                // codes and amounts only: what a coder re-reviews after ROUTED_TO_CODING
                .setLines(items.stream().map(i -> DenialActionLine.newBuilder().setLineNumber(i.lineNumber)
                        .setProcedureCode(i.procedureCode).setGroupCode(i.groupCode).setReasonCode(i.reasonCode)
                        .setRemarkCodes(List.copyOf(i.remarkCodes)).setAmount(i.amount).build()).toList());
        switch (action) {
            case ASSIGNED -> event.setAssignee(detail);
            case WRITTEN_OFF -> event.setWriteOffReason(detail);
            case CORRECTED, VOIDED -> event.setFrequencyCode(detail);
            default -> {
            }
        }
        try (Scope ignored = tracing.resume(claim.traceparent)) {
            outbox.publish(Topics.DENIAL_ACTION, claim.claimId, event.build());
        }
    }
}
