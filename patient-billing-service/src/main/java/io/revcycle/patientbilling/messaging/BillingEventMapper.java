package io.revcycle.patientbilling.messaging;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.ClaimAdjudicated;
import io.revcycle.events.CollectionsStatusChanged;
import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.events.PaymentPlanChanged;
import io.revcycle.events.PatientStatementIssued;
import io.revcycle.patientbilling.domain.statement.PatientStatement;
import io.revcycle.patientbilling.service.BalanceChange;
import io.revcycle.patientbilling.service.CollectionsChange;
import io.revcycle.patientbilling.service.PlanChange;
import io.revcycle.patientbilling.service.PostPatientResponsibilityCommand;
import io.revcycle.patientbilling.service.StatementIssued;

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
                e.getPatientResponsibility(), shares, e.getPostingSequence(), e.getDateOfService(),
                e.getRenderingProviderNpi(), e.getPayerResponsibility(), e.getNextPayerPending());
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

    public PatientStatementIssued toEvent(StatementIssued i) {
        PatientStatement s = i.statement();
        PatientStatement.Aging a = s.aging();
        return PatientStatementIssued.newBuilder()
                .setEventId(i.eventId())
                .setOccurredAt(i.at().truncatedTo(ChronoUnit.MILLIS))
                .setStatementId(i.statementId())
                .setRunId(i.runId())
                .setAccountId(s.accountId())
                .setStatementNumber(s.statementNumber())
                .setStatementDate(s.statementDate())
                .setDueDate(s.dueDate())
                .setTotalDue(s.totalDue())
                .setAgingCurrent(a.current())
                .setAging31to60(a.days31to60())
                .setAging61to90(a.days61to90())
                .setAging91to120(a.days91to120())
                .setAgingOver120(a.over120())
                .setEncounterCount(s.lines().size())
                .setDunningLevel(s.dunningLevel())
                .build();
    }

    public PaymentPlanChanged toEvent(PlanChange c) {
        return PaymentPlanChanged.newBuilder()
                .setEventId(c.eventId())
                .setOccurredAt(c.at().truncatedTo(ChronoUnit.MILLIS))
                .setPlanId(c.planId())
                .setAccountId(c.accountId())
                .setChange(c.change())
                .setStatus(c.status())
                .setInstallmentNumber(c.installment())
                .setAmount(c.amount())
                .setRemaining(c.remaining())
                .setAccountBalance(c.accountOwes())
                .setReason(c.reason())
                .setReplacesPlanId(c.replacesPlanId())
                .setReplacedByPlanId(c.replacedByPlanId())
                .build();
    }

    public CollectionsStatusChanged toEvent(CollectionsChange c) {
        return CollectionsStatusChanged.newBuilder()
                .setEventId(c.eventId())
                .setOccurredAt(c.at().truncatedTo(ChronoUnit.MILLIS))
                .setPlacementId(c.placementId())
                .setAccountId(c.accountId())
                .setAgencyId(c.agencyId())
                .setAction(c.action())
                .setAmount(c.amount())
                .setInCollections(c.inCollections())
                .setAccountBalance(c.accountOwes())
                .setReason(c.reason())
                .build();
    }
}
