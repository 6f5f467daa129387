package io.revcycle.patientbilling.rest;

import java.math.BigDecimal;

import io.revcycle.patientbilling.service.AccountQueries.Summary;

/** postings: claims whose patient responsibility was posted to an account. */
public record AccountSummaryResponse(long accounts, BigDecimal totalBalance, long postings, long payments) {

    static AccountSummaryResponse from(Summary s) {
        return new AccountSummaryResponse(s.accounts(), s.totalBalance(), s.postings(), s.payments());
    }
}
