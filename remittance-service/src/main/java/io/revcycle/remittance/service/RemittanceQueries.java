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
import io.revcycle.remittance.domain.ClaimPayment;
import io.revcycle.remittance.domain.Outcome;
import io.revcycle.remittance.domain.Remittance;
import io.revcycle.remittance.domain.RemittanceFile;
import io.revcycle.remittance.domain.SubmittedClaim;

/** Read side of the REST API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RemittanceQueries {

    private final RemittanceConfig config;

    public RemittanceQueries(RemittanceConfig config) {
        this.config = config;
    }

    /**
     * A claim's postings (oldest first) with its totals, its claim, the 835 claim payment each came from and how many
     * repeated payments were recorded as duplicates.
     */
    public record RemittanceDetails(List<Remittance> postings, ClaimTotals totals, SubmittedClaim claim,
            Map<Long, ClaimPayment> payments, long duplicates) {

        public Remittance latest() {
            return postings.get(postings.size() - 1);
        }
    }

    public record Summary(Remittance.PostedTotals totals, Map<Outcome, Long> byOutcome, long awaitingClaim,
            long awaitingRemittance) {
    }

    public Optional<RemittanceDetails> find(String claimId) {
        List<Remittance> postings = Remittance.ofClaim(claimId);
        if (postings.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, ClaimPayment> payments = new java.util.HashMap<>();
        for (Remittance r : postings) {
            if (r.claimPaymentId != null) {
                payments.put(r.id, ClaimPayment.findById(r.claimPaymentId));
            }
        }
        return Optional.of(new RemittanceDetails(postings, ClaimTotals.of(postings), SubmittedClaim.findById(claimId),
                payments, ClaimPayment.countDuplicates(claimId)));
    }

    /** Postings, newest first, optionally only those with the given outcome. */
    public List<Remittance> list(Optional<Outcome> outcome) {
        Sort newest = Sort.descending("receivedAt").and("id", Sort.Direction.Descending);
        var query = outcome.isPresent()
                ? Remittance.<Remittance>find("outcome", newest, outcome.get())
                : Remittance.<Remittance>findAll(newest);
        return query.page(Page.ofSize(config.listLimit())).list();
    }

    /** 835 claim payments whose claim is not known yet, newest first. */
    public List<ClaimPayment> unmatched() {
        return ClaimPayment.unmatchedQueue(config.listLimit());
    }

    /** 835 files, newest first, optionally with one status. */
    public List<RemittanceFile> files(Optional<RemittanceFile.Status> status) {
        Sort newest = Sort.descending("receivedAt").and("fileId");
        var query = status.isPresent()
                ? RemittanceFile.<RemittanceFile>find("status", newest, status.get())
                : RemittanceFile.<RemittanceFile>findAll(newest);
        return query.page(Page.ofSize(config.listLimit())).list();
    }

    public Optional<RemittanceFile> file(String fileId) {
        return RemittanceFile.findByIdOptional(fileId);
    }

    public Summary summary() {
        return new Summary(Remittance.postedTotals(), Remittance.postedByOutcome(), ClaimPayment.countUnmatched(),
                ClaimMatch.countAwaitingRemittance());
    }
}
