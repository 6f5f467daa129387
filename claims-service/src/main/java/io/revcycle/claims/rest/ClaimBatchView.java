package io.revcycle.claims.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.ClaimType;
import io.revcycle.claims.domain.RejectionStage;
import io.revcycle.claims.service.ClaimBatchQueries;

/**
 * An 837 batch (one interchange) as the submission monitor shows it: control numbers, payer, when it was sent (the
 * batch is written as it is sent), its claims counted by acknowledgment (rejected by the 999 or by the payer's 277CA,
 * accepted by the 277CA, acknowledged by the 999 only, awaiting) and their total charge. Ids and amounts only.
 */
public record ClaimBatchView(long batchId, String interchangeControlNumber, String groupControlNumber,
        String transactionSetControlNumber, String ediFileId, String payerId, ClaimType claimType, Instant sentAt,
        int claimCount, long awaiting, long acknowledged, long accepted, long rejected999, long rejected277ca,
        BigDecimal totalCharge, ClaimBatchQueries.BatchStatus status) {

    static ClaimBatchView of(ClaimBatchQueries.BatchSummary b) {
        return new ClaimBatchView(b.batchId(), b.isa13(), b.gs06(), b.st02(), b.fileId(), b.payerId(), b.claimType(),
                b.sentAt(), b.claimCount(), b.awaiting(), b.acknowledged(), b.accepted(), b.rejected999(),
                b.rejected277ca(), b.totalCharge(), b.status());
    }

    /** One page of batches, newest first; total counts every batch matching the filters. */
    public record Page(List<ClaimBatchView> items, int page, int size, long total) {
    }

    /** The batch with each of its claims: its acknowledgment in this batch and where the claim stands now. */
    public record Detail(ClaimBatchView batch, List<BatchClaim> claims) {

        static Detail of(ClaimBatchQueries.BatchDetail d) {
            return new Detail(ClaimBatchView.of(d.batch()), d.claims().stream().map(BatchClaim::of).toList());
        }
    }

    /**
     * A claim of the batch. currentStatus may be past this batch (corrected and sent again, adjudicated); the
     * rejection is the one this batch's acknowledgment filed, its codes and words as the correction queue has them.
     */
    public record BatchClaim(String claimId, String encounterId, String patientControlNumber, BigDecimal totalCharge,
            ClaimBatchQueries.Acknowledgment acknowledgment, ClaimStatus currentStatus, String payerClaimControlNumber,
            RejectionStage rejectionStage, List<String> rejectionCodes, String rejectionReason) {

        static BatchClaim of(ClaimBatchQueries.BatchClaim c) {
            var r = c.rejection();
            return new BatchClaim(c.claim().claimId, c.claim().encounterId, c.claim().patientControlNumber,
                    c.claim().totalCharge, c.acknowledgment(), c.claim().status, c.claim().payerClaimControlNumber,
                    r == null ? null : r.stage, r == null ? null : List.copyOf(r.codes), r == null ? null : r.reason);
        }
    }
}
