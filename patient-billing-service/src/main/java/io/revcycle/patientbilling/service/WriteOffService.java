package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.revcycle.patientbilling.domain.ledger.EntryType;
import io.revcycle.patientbilling.domain.ledger.LedgerAccount;
import io.revcycle.patientbilling.domain.ledger.LedgerRuleException;
import io.revcycle.patientbilling.domain.ledger.Posting;

/** Writes off what a patient owes (bad debt, charity, small balance, administrative); from collections when placed. */
@ApplicationScoped
public class WriteOffService {

    private final LedgerBook book;
    private final BalanceEvents events;
    private final Clock clock;

    public WriteOffService(LedgerBook book, BalanceEvents events, Clock clock) {
        this.book = book;
        this.events = events;
        this.clock = clock;
    }

    public enum Kind {
        BAD_DEBT(EntryType.WRITE_OFF_BAD_DEBT), CHARITY(EntryType.WRITE_OFF_CHARITY),
        SMALL_BALANCE(EntryType.WRITE_OFF_SMALL_BALANCE), ADMINISTRATIVE(EntryType.WRITE_OFF_ADMINISTRATIVE);

        final EntryType type;

        Kind(EntryType type) {
            this.type = type;
        }
    }

    /** @param amount null: all that is owed (on the encounter, or on the account) */
    @Transactional(Transactional.TxType.MANDATORY)
    public Posting writeOff(String patientId, Kind kind, BigDecimal amount, String encounterId, String reason) {
        LedgerBook.Opened opened = book.openExisting(patientId);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        boolean placed = opened.ledger().balance(LedgerAccount.COLLECTIONS_AR).signum() > 0;
        Posting posting;
        try {
            posting = opened.ledger().writeOff(id, kind.type, reason, encounterId, amount, placed, now);
        } catch (LedgerRuleException e) {
            throw PaymentService.unprocessable(e.getMessage());
        }
        book.store(opened, posting);
        events.balanceChanged(new BalanceChange(id, opened.account().accountId, patientId, "",
                encounterId == null ? "" : encounterId, posting.patientChange(), opened.ledger().owed(),
                BalanceChange.Reason.WRITE_OFF, now, null, posting.id()));
        return posting;
    }
}
