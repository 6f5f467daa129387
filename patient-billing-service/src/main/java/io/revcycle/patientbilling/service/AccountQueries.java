package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.revcycle.patientbilling.config.BillingConfig;
import io.revcycle.patientbilling.domain.ClaimPosting;
import io.revcycle.patientbilling.domain.PatientAccount;
import io.revcycle.patientbilling.domain.PatientPayment;

/** Read side of the REST API. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountQueries {

    private final BillingConfig config;

    public AccountQueries(BillingConfig config) {
        this.config = config;
    }

    public record Summary(long accounts, BigDecimal totalBalance, long postings, long payments) {
    }

    public Optional<PatientAccount> find(String patientId) {
        return PatientAccount.findByIdOptional(patientId);
    }

    /** Highest balance first. */
    public List<PatientAccount.Overview> list(BigDecimal minBalance) {
        return PatientAccount.overviews(minBalance, config.listLimit());
    }

    public Summary summary() {
        return new Summary(PatientAccount.count(), PatientAccount.totalBalance(), ClaimPosting.countPosted(),
                PatientPayment.count());
    }
}
