package io.revcycle.claims.rest;

import java.util.List;

/** One page of claims in the order asked for; total counts every claim matching the filters. */
public record ClaimPageResponse(List<ClaimListItem> items, int page, int size, long total) {
}
