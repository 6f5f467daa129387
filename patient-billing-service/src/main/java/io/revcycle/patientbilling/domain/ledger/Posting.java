package io.revcycle.patientbilling.domain.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Entries that move money together; refused unless their amounts add up to zero (double entry). */
public record Posting(UUID id, String accountId, PostingKind kind, Instant at, List<Entry> entries) {

    public Posting {
        entries = List.copyOf(entries);
        if (entries.size() < 2) {
            throw new IllegalArgumentException("a posting needs at least two entries, got " + entries.size());
        }
        BigDecimal sum = sum(entries);
        if (sum.signum() != 0) {
            throw new UnbalancedPostingException("posting " + id + " (" + kind + ") does not balance: " + sum);
        }
    }

    /** What the posting moves on one ledger. */
    public BigDecimal on(LedgerAccount ledger) {
        return sum(entries.stream().filter(e -> e.ledger() == ledger).toList());
    }

    /** What the guarantor owes moved by this posting (patient A/R and collections). */
    public BigDecimal patientChange() {
        return on(LedgerAccount.PATIENT_AR).add(on(LedgerAccount.COLLECTIONS_AR));
    }

    static BigDecimal sum(List<Entry> entries) {
        return entries.stream().map(Entry::amount).reduce(AccountLedger.ZERO, BigDecimal::add);
    }

    public static class UnbalancedPostingException extends IllegalStateException {
        public UnbalancedPostingException(String message) {
            super(message);
        }
    }
}
