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
     * A posted remittance with its claim, the 835 claim payment it came from and how many later payments for the
     * claim were recorded as duplicates.
     */
    public record RemittanceDetails(Remittance remittance, SubmittedClaim claim, ClaimPayment payment,
            long duplicates) {
    }

    public record Summary(Remittance.PostedTotals totals, Map<Outcome, Long> byOutcome, long awaitingClaim,
            long awaitingRemittance) {
    }

    public Optional<RemittanceDetails> find(String claimId) {
        return Remittance.<Remittance>findByIdOptional(claimId).map(r -> new RemittanceDetails(r,
                SubmittedClaim.findById(claimId),
                r.claimPaymentId == null ? null : ClaimPayment.findById(r.claimPaymentId),
                ClaimPayment.countDuplicates(claimId)));
    }

    /** Newest first, optionally only those with the given outcome. */
    public List<Remittance> list(Optional<Outcome> outcome) {
        Sort newest = Sort.descending("receivedAt").and("claimId");
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
