package io.revcycle.claims.rest;

import java.time.Instant;

import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.ClaimTimelineEntry;

/** One step of a claim's timeline; from == to when an event was recorded without a state change. */
public record ClaimTimelineView(Instant at, ClaimStatus from, ClaimStatus to, String cause, String fileId,
        String interchangeControlNumber) {

    static ClaimTimelineView of(ClaimTimelineEntry e) {
        return new ClaimTimelineView(e.at, e.fromStatus, e.toStatus, e.cause, e.fileId, e.isa13);
    }
}
