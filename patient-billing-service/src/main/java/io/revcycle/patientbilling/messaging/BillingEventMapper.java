package io.revcycle.patientbilling.messaging;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.patientbilling.service.BalanceChange;
import io.revcycle.patientbilling.service.PostPatientResponsibilityCommand;

/** Translates between the Avro events and this service's commands (entities never are Avro records). */
@ApplicationScoped
public class BillingEventMapper {

    public PostPatientResponsibilityCommand toCommand(ClaimAdjudicated e) {
        List<PostPatientResponsibilityCommand.Share> shares = e.getPatientResponsibilityLines().stream()
                .map(s -> new PostPatientResponsibilityCommand.Share(s.getLineNumber(), s.getProcedureCode(),
                        s.getReasonCode(), s.getAmount()))
                .toList();
        return new PostPatientResponsibilityCommand(e.getEventId(), e.getClaimId(), e.getEncounterId(),
                e.getPatientId(), e.getTotalCharge(), e.getPaidAmount(), e.getContractualAdjustment(),
                e.getPatientResponsibility(), shares, e.getPostingSequence());
    }

    public PatientBalanceChanged toEvent(BalanceChange c) {
        return PatientBalanceChanged.newBuilder()
                .setEventId(c.eventId())
                .setOccurredAt(c.at().truncatedTo(ChronoUnit.MILLIS))
                .setPatientId(c.patientId())
                .setClaimId(c.claimId())
                .setEncounterId(c.encounterId())
                .setChange(c.change())
                .setNewBalance(c.newBalance())
                .setReason(c.reason().name())
                .setPaymentId(c.paymentId() == null ? null : c.paymentId().toString())
                .setAccountId(c.accountId())
                .setPostingId(c.postingId() == null ? null : c.postingId().toString())
                .build();
    }
}
