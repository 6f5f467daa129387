package io.revcycle.claims.service;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

/**
 * The chargemaster in memory: every claim line asks for its price and revenue code, and prices change a few times a
 * year. The whole table is reread only when its version (set by a trigger on every change, migration V4) moved, so
 * changes made by any instance are seen by the next transaction. The version is read once per transaction: a claim
 * is priced from one chargemaster, and a transaction that changes prices sees its own change after a flush
 * ({@link #forgetInThisTransaction()}).
 */
@ApplicationScoped
public class Chargemaster {

    /** A price of a code from a date on. */
    public record Price(String code, LocalDate effectiveFrom, BigDecimal chargePerUnit, String revenueCode) {
    }

    private record Prices(long version, Map<String, List<Price>> byCodeNewestFirst) {

        Optional<Price> inForce(String code, LocalDate on) {
            for (Price p : byCodeNewestFirst.getOrDefault(code, List.of())) {
                if (!p.effectiveFrom().isAfter(on)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
    }

    private static final String TRANSACTION_KEY = Chargemaster.class.getName();
    private static final Object FORGOTTEN = new Object();

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private volatile Prices cached;

    public Chargemaster(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.transactions = transactions;
    }

    /** The entry in force for the code on the given date, if any. */
    public Optional<Price> inForce(String code, LocalDate on) {
        return prices().inForce(code, on);
    }

    /** After this transaction changed the chargemaster (and flushed): its next lookup reads the version again. */
    public void forgetInThisTransaction() {
        if (inTransaction()) {
            transactions.putResource(TRANSACTION_KEY, FORGOTTEN);
        }
    }

    private Prices prices() {
        boolean inTransaction = inTransaction();
        if (inTransaction && transactions.getResource(TRANSACTION_KEY) instanceof Prices p) {
            return p;
        }
        long version = ((Number) nativeQuery("select version from chargemaster_version where id = 1")
                .getSingleResult()).longValue();
        Prices prices = cached;
        if (prices == null || prices.version() != version) {
            prices = read(version);
            cached = prices; // a version read inside a transaction that rolls back never comes again: no stale hit
        }
        if (inTransaction) {
            transactions.putResource(TRANSACTION_KEY, prices);
        }
        return prices;
    }

    @SuppressWarnings("unchecked")
    private Prices read(long version) {
        Map<String, List<Price>> byCode = new HashMap<>();
        List<Object[]> rows = nativeQuery("select code, effective_from, charge_per_unit, revenue_code from chargemaster "
                + "order by code, effective_from desc").getResultList();
        for (Object[] r : rows) {
            LocalDate from = r[1] instanceof Date d ? d.toLocalDate() : (LocalDate) r[1];
            byCode.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new Price((String) r[0], from, (BigDecimal) r[2], (String) r[3]));
        }
        return new Prices(version, byCode);
    }

    /** Nothing a claim's transaction changes can alter the chargemaster: no auto-flush of the claims loaded so far. */
    private jakarta.persistence.Query nativeQuery(String sql) {
        return em.createNativeQuery(sql).setHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT);
    }

    private boolean inTransaction() {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }
}
