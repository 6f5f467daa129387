package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.revcycle.patientbilling.config.BillingConfig;
import io.revcycle.patientbilling.domain.ClaimPosting;
import io.revcycle.patientbilling.domain.GuarantorAccount;
import io.revcycle.patientbilling.domain.LedgerEntry;
import io.revcycle.patientbilling.domain.PatientAccount;
import io.revcycle.patientbilling.domain.PatientPayment;
import io.revcycle.patientbilling.domain.ledger.AccountLedger;

/** Read side of the REST API: every balance is summed from ledger entries. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccountQueries {

    private final BillingConfig config;

    public AccountQueries(BillingConfig config) {
        this.config = config;
    }

    public record Summary(long accounts, BigDecimal totalBalance, long postings, long payments) {
    }

    /** A patient with their guarantor account's ledger (read, not locked). */
    public record PatientView(PatientAccount patient, AccountLedger ledger, List<LedgerEntry> entries) {
    }

    /** A guarantor account with its patients and ledger. */
    public record GuarantorView(GuarantorAccount account, List<PatientAccount> patients, AccountLedger ledger) {
    }

    public Optional<PatientView> find(String patientId) {
        return PatientAccount.<PatientAccount>findByIdOptional(patientId).map(p -> new PatientView(p,
                new AccountLedger(p.guarantorAccountId, LedgerEntry.ofAccount(p.guarantorAccountId)),
                LedgerEntry.ofPatient(patientId)));
    }

    public Optional<GuarantorView> guarantor(String accountId) {
        return GuarantorAccount.<GuarantorAccount>findByIdOptional(accountId).map(a -> new GuarantorView(a,
                PatientAccount.ofGuarantor(accountId), new AccountLedger(accountId, LedgerEntry.ofAccount(accountId))));
    }

    /** Highest balance first. */
    public List<PatientAccount.Overview> list(BigDecimal minBalance) {
        return PatientAccount.overviews(minBalance, config.listLimit());
    }

    public Summary summary() {
        return new Summary(PatientAccount.count(), LedgerEntry.totalOwed(), ClaimPosting.countPosted(),
                PatientPayment.count());
    }
}
