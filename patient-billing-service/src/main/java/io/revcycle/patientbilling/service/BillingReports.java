package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.revcycle.patientbilling.domain.CollectionsPlacement;
import io.revcycle.patientbilling.domain.GuarantorAccount;
import io.revcycle.patientbilling.domain.LedgerEntry;
import io.revcycle.patientbilling.domain.RefundRequest;
import io.revcycle.patientbilling.domain.ledger.AccountLedger;
import io.revcycle.patientbilling.domain.ledger.LedgerAccount;
import io.revcycle.patientbilling.domain.statement.PatientStatement;
import io.revcycle.patientbilling.domain.statement.StatementBuilder;

/** Patient A/R aging, collections totals and credit balances awaiting refund, summed from the ledger. */
@ApplicationScoped
public class BillingReports {

    private final EntityManager em;
    private final Clock clock;

    public BillingReports(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public record ArAging(LocalDate asOf, int accountsOwing, BigDecimal current, BigDecimal days31to60,
            BigDecimal days61to90, BigDecimal days91to120, BigDecimal over120, BigDecimal total,
            BigDecimal inCollections, BigDecimal creditBalances) {
    }

    public record CollectionsTotals(long placedNow, long recalled, BigDecimal inCollections, BigDecimal placed,
            BigDecimal recalledAmount, BigDecimal agencyPayments, BigDecimal badDebtWrittenOff) {
    }

    public record CreditBalance(String accountId, BigDecimal credit, BigDecimal refundsRequested,
            BigDecimal refundsApproved) {
    }

    /**
     * What every account owes by age (days since each encounter was first billed), as the statements age it; accounts
     * owing nothing or in credit count only in {@code creditBalances}. Reads every ledger: a nightly report.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArAging arAging() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        BigDecimal[] b = { zero(), zero(), zero(), zero(), zero() };
        BigDecimal collections = zero();
        BigDecimal credits = zero();
        int owing = 0;
        for (String accountId : GuarantorAccount.ids()) {
            AccountLedger ledger = new AccountLedger(accountId, LedgerEntry.ofAccount(accountId));
            credits = credits.add(ledger.unallocatedCredit());
            if (ledger.owed().signum() <= 0) {
                continue;
            }
            owing++;
            PatientStatement.Aging a = StatementBuilder.aging(ledger, today);
            BigDecimal[] of = { a.current(), a.days31to60(), a.days61to90(), a.days91to120(), a.over120() };
            for (int i = 0; i < b.length; i++) {
                b[i] = b[i].add(of[i]);
            }
            collections = collections.add(ledger.balance(LedgerAccount.COLLECTIONS_AR));
        }
        BigDecimal total = b[0].add(b[1]).add(b[2]).add(b[3]).add(b[4]);
        return new ArAging(today, owing, b[0], b[1], b[2], b[3], b[4], total, collections, credits);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CollectionsTotals collections() {
        return new CollectionsTotals(
                CollectionsPlacement.count("status", CollectionsPlacement.Status.PLACED),
                CollectionsPlacement.count("status", CollectionsPlacement.Status.RECALLED),
                sum("ledger = 'COLLECTIONS_AR'"),
                sum("ledger = 'COLLECTIONS_AR' and entry_type = 'TRANSFER_TO_COLLECTIONS'"),
                sum("ledger = 'COLLECTIONS_AR' and entry_type = 'TRANSFER_FROM_COLLECTIONS'").negate(),
                sum("ledger = 'COLLECTIONS_AR' and entry_type = 'AGENCY_PAYMENT'").negate(),
                sum("ledger = 'WRITE_OFFS' and entry_type = 'WRITE_OFF_BAD_DEBT'"));
    }

    /** Accounts holding unallocated credit, with the refunds already requested or approved against it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<CreditBalance> creditBalances() {
        List<Object[]> rows = em.createNativeQuery("select account_id, -sum(amount) from ledger_entry "
                + "where ledger = 'PATIENT_AR' and encounter_id is null group by account_id "
                + "having sum(amount) < 0 order by 2 desc, 1").getResultList();
        List<CreditBalance> out = new ArrayList<>();
        for (Object[] r : rows) {
            String accountId = (String) r[0];
            out.add(new CreditBalance(accountId, ((BigDecimal) r[1]).setScale(2),
                    refunds(accountId, RefundRequest.Status.REQUESTED),
                    refunds(accountId, RefundRequest.Status.APPROVED)));
        }
        return out;
    }

    private BigDecimal refunds(String accountId, RefundRequest.Status status) {
        BigDecimal sum = em.createQuery("select sum(r.amount) from RefundRequest r where r.accountId = :a "
                + "and r.status = :s", BigDecimal.class).setParameter("a", accountId).setParameter("s", status)
                .getSingleResult();
        return sum == null ? zero() : sum.setScale(2);
    }

    private BigDecimal sum(String where) {
        Object sum = em.createNativeQuery("select coalesce(sum(amount), 0) from ledger_entry where " + where)
                .getSingleResult();
        return ((BigDecimal) sum).setScale(2);
    }

    private static BigDecimal zero() {
        return AccountLedger.ZERO;
    }
}
