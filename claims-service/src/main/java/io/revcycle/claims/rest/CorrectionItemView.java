package io.revcycle.claims.rest;

import java.time.Instant;
import java.util.List;

import io.revcycle.claims.domain.CorrectionItem;
import io.revcycle.claims.domain.RejectionStage;

/** A rejected claim waiting in the correction queue. */
public record CorrectionItemView(long id, String claimId, RejectionStage stage, List<String> codes, String reason,
        CorrectionItem.Status status, String fileId, String interchangeControlNumber, Instant createdAt,
        Instant resolvedAt) {

    static CorrectionItemView of(CorrectionItem i) {
        return new CorrectionItemView(i.id, i.claimId, i.stage, List.copyOf(i.codes), i.reason, i.status, i.fileId,
                i.isa13, i.createdAt, i.resolvedAt);
    }
}
