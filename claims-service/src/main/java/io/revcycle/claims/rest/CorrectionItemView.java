package io.revcycle.claims.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.revcycle.claims.domain.CorrectionItem;
import io.revcycle.claims.domain.RejectionStage;
import io.revcycle.claims.service.CorrectionService.QueuedCorrection;

/**
 * A rejected claim waiting in the correction queue. {@code filingDeadline} is the claim's date of service plus its
 * payer's timely filing days, {@code filingDaysLeft} the days from today to it (negative: passed); both null while
 * the payer directory has not announced the payer's window. {@code payerResponsibility}: P the claim itself, S or T
 * the claim sent to that next payer (corrected and re-sent with {@code ?leg=}), whose payer's window counts.
 */
public record CorrectionItemView(long id, String claimId, String payerResponsibility, RejectionStage stage,
        List<String> codes, String reason,
        CorrectionItem.Status status, String fileId, String interchangeControlNumber, Instant createdAt,
        Instant resolvedAt, LocalDate filingDeadline, Long filingDaysLeft) {

    static CorrectionItemView of(QueuedCorrection queued, LocalDate today) {
        CorrectionItem i = queued.item();
        LocalDate deadline = queued.filingDeadline();
        return new CorrectionItemView(i.id, i.claimId, i.payerResponsibility, i.stage, List.copyOf(i.codes), i.reason, i.status, i.fileId,
                i.isa13, i.createdAt, i.resolvedAt, deadline,
                deadline == null ? null : ChronoUnit.DAYS.between(today, deadline));
    }
}
