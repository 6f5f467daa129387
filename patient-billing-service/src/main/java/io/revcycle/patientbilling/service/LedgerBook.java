package io.revcycle.patientbilling.service;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.revcycle.patientbilling.domain.GuarantorAccount;
import io.revcycle.patientbilling.domain.LedgerEntry;
import io.revcycle.patientbilling.domain.PatientAccount;
import io.revcycle.patientbilling.domain.ledger.AccountLedger;
import io.revcycle.patientbilling.domain.ledger.Posting;
import io.revcycle.rest.ProblemException;

/** Opens guarantor accounts' ledgers (locked for the transaction) and stores their postings. */
@ApplicationScoped
public class LedgerBook {

    /** A patient's guarantor account's ledger, locked; the patient (and their own account) created on first use. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Opened openFor(String patientId) {
        PatientAccount patient = PatientAccount.findOrCreate(patientId);
        return open(patient);
    }

    /** An existing patient's ledger, locked; 404 problem when the patient is unknown. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Opened openExisting(String patientId) {
        PatientAccount patient = PatientAccount.findById(patientId);
        if (patient == null) {
            throw ProblemException.notFound("Account of patient", patientId);
        }
        return open(patient);
    }

    /** A guarantor account's ledger, locked; empty when there is no such account. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<AccountOpened> openAccount(String accountId) {
        GuarantorAccount account = GuarantorAccount.lockExisting(accountId);
        return Optional.ofNullable(account).map(a -> new AccountOpened(a,
                new AccountLedger(a.accountId, LedgerEntry.ofAccount(a.accountId))));
    }

    private Opened open(PatientAccount patient) {
        GuarantorAccount account = GuarantorAccount.lockExisting(patient.guarantorAccountId);
        return new Opened(patient, account, new AccountLedger(account.accountId, LedgerEntry.ofAccount(account.accountId)));
    }

    /** Stores a posting the ledger made; the database checks again at commit that it balances. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(Opened opened, Posting posting) {
        LedgerEntry.store(posting);
        opened.account().updatedAt = posting.at();
    }

    /** Stores a posting made on an account opened as a whole. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(GuarantorAccount account, Posting posting) {
        LedgerEntry.store(posting);
        account.updatedAt = posting.at();
    }

    /** Stores the credit application that may follow a posting. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Posting> applyCredits(Opened opened, UUID postingId, java.time.Instant at) {
        Optional<Posting> applied = opened.ledger().applyCredits(postingId, at);
        applied.ifPresent(p -> store(opened, p));
        return applied;
    }

    /** A posting id that is the same whenever the same thing is posted again (a redelivery, a replay). */
    public static UUID stableId(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("/", parts).getBytes(StandardCharsets.UTF_8));
    }

    public record Opened(PatientAccount patient, GuarantorAccount account, AccountLedger ledger) {
    }

    /** A guarantor account opened as a whole (statements, collections), not through one of its patients. */
    public record AccountOpened(GuarantorAccount account, AccountLedger ledger) {
    }
}
