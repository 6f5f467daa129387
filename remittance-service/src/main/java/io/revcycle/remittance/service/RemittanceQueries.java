package io.revcycle.remittance.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.revcycle.remittance.config.RemittanceConfig;
import io.revcycle.remittance.domain.ClaimMatch;
import io.revcycle.remittance.domain.DuplicateRemittance;
import io.revcycle.remittance.domain.Outcome;
import io.revcycle.remittance.domain.Remittance;
import io.revcycle.remittance.domain.SubmittedClaim;

/** Read side of the REST API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RemittanceQueries {

    private final RemittanceConfig config;

    public RemittanceQueries(RemittanceConfig config) {
        this.config = config;
    }

    /** A remittance with its claim (null while the claim is unknown) and how many later duplicates it had. */
    public record RemittanceDetails(Remittance remittance, SubmittedClaim claim, long duplicates) {
    }

    public record Summary(Remittance.PostedTotals totals, Map<Outcome, Long> byOutcome, long awaitingClaim,
            long awaitingRemittance) {
    }

    public Optional<RemittanceDetails> find(String claimId) {
        return Remittance.<Remittance>findByIdOptional(claimId).map(r -> new RemittanceDetails(r,
                SubmittedClaim.findById(claimId), DuplicateRemittance.countForClaim(claimId)));
    }

    /** Newest first, optionally only those with the given outcome (posted or still awaiting their claim). */
    public List<Remittance> list(Optional<Outcome> outcome) {
        Sort newest = Sort.descending("receivedAt").and("claimId");
        var query = outcome.isPresent()
                ? Remittance.<Remittance>find("outcome", newest, outcome.get())
                : Remittance.<Remittance>findAll(newest);
        return query.page(Page.ofSize(config.listLimit())).list();
    }

    public Summary summary() {
        return new Summary(Remittance.postedTotals(), Remittance.postedByOutcome(), ClaimMatch.countAwaitingClaim(),
                ClaimMatch.countAwaitingRemittance());
    }
}
