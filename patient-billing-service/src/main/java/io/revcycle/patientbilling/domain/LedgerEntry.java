package io.revcycle.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.revcycle.events.Money;
import io.revcycle.patientbilling.domain.ledger.Entry;
import io.revcycle.patientbilling.domain.ledger.EntryType;
import io.revcycle.patientbilling.domain.ledger.LedgerAccount;
import io.revcycle.patientbilling.domain.ledger.Posting;
import io.revcycle.patientbilling.domain.ledger.PostingKind;
import io.revcycle.messaging.PooledIds;

/** A stored side of a ledger posting (append-only; the database checks at commit that each posting balances). */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_entry_ids")
    @SequenceGenerator(name = "ledger_entry_ids", sequenceName = "ledger_entry_id_seq", allocationSize = PooledIds.BLOCK)
    public Long id;

    @Column(name = "posting_id", nullable = false)
    public UUID postingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "posting_kind", nullable = false)
    public PostingKind postingKind;

    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false)
    public EntryType entryType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LedgerAccount ledger;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(name = "encounter_id")
    public String encounterId;

    @Column(name = "claim_id")
    public String claimId;

    @Column(name = "line_number")
    public Integer lineNumber;

    @Column(name = "procedure_code")
    public String procedureCode;

    @Column(name = "reason_code")
    public String reasonCode;

    public String reference;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;

    public Entry toEntry() {
        return new Entry(postingId, entryType, ledger, patientId, encounterId, claimId, lineNumber, procedureCode,
                reasonCode, reference, amount, postedAt);
    }

    public static void store(Posting posting) {
        for (Entry e : posting.entries()) {
            LedgerEntry row = new LedgerEntry();
            row.postingId = posting.id();
            row.postingKind = posting.kind();
            row.accountId = posting.accountId();
            row.entryType = e.type();
            row.ledger = e.ledger();
            row.patientId = e.patientId();
            row.encounterId = e.encounterId();
            row.claimId = e.claimId();
            row.lineNumber = e.lineNumber();
            row.procedureCode = e.procedureCode();
            row.reasonCode = e.reasonCode();
            row.reference = e.reference();
            row.amount = e.amount();
            row.postedAt = e.at();
            row.persist();
        }
    }

    /** An account's entries in the order they were posted. */
    public static List<Entry> ofAccount(String accountId) {
        return LedgerEntry.<LedgerEntry>list("accountId = ?1 order by id", accountId).stream()
                .map(LedgerEntry::toEntry).toList();
    }

    /** A patient's entries (on whichever account they were posted), in order. */
    public static List<LedgerEntry> ofPatient(String patientId) {
        return list("patientId = ?1 order by id", patientId);
    }

    /** What all accounts owe together (patient A/R and collections). */
    public static BigDecimal totalOwed() {
        return Money.sumOrZero(getEntityManager().createQuery("select sum(e.amount) from LedgerEntry e where e.ledger in "
                + "(io.revcycle.patientbilling.domain.ledger.LedgerAccount.PATIENT_AR, "
                + "io.revcycle.patientbilling.domain.ledger.LedgerAccount.COLLECTIONS_AR)", BigDecimal.class)
                .getSingleResult());
    }
}
