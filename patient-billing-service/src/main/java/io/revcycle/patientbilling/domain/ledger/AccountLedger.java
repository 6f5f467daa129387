package io.revcycle.patientbilling.domain.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The double-entry ledger of one guarantor account (its patients and their encounters), rebuilt from its entries.
 * Every operation returns the balanced {@link Posting} it made (and keeps it): balances are only ever sums of
 * entries. Pure Java: the service loads and stores the entries, the property test drives it directly.
 */
public final class AccountLedger {

    public static final BigDecimal ZERO = new BigDecimal("0.00");
    /** Reference prefix of a point-of-service payment's entries (see {@link #prepay}). */
    public static final String POINT_OF_SERVICE = "pos:";

    private final String accountId;
    private final List<Entry> entries = new ArrayList<>();
    /** Each encounter's first entry, in the order encounters were first posted (their age). */
    private final Map<String, Entry> firstOfEncounter = new LinkedHashMap<>();

    public AccountLedger(String accountId, List<Entry> history) {
        this.accountId = accountId;
        history.forEach(this::add);
    }

    private void add(Entry e) {
        entries.add(e);
        if (e.encounterId() != null) {
            firstOfEncounter.putIfAbsent(e.encounterId(), e);
        }
    }

    public record Share(int lineNumber, String procedureCode, String reasonCode, BigDecimal amount) {
    }

    /** A claim's totals after the payer's latest posting of it, and its net patient shares. */
    public record Adjudication(String claimId, String encounterId, String patientId, BigDecimal totalCharge,
            BigDecimal paid, BigDecimal contractual, List<Share> shares) {
    }

    /** One encounter's money, for statements: what was charged, what the payer paid and took off, what is owed. */
    public record EncounterBalance(String patientId, String encounterId, Instant firstPosted, BigDecimal charges,
            BigDecimal insurancePaid, BigDecimal adjustments, BigDecimal patientOwes, BigDecimal inCollections) {
    }

    public String accountId() {
        return accountId;
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public BigDecimal balance(LedgerAccount ledger) {
        return sum(entries.stream().filter(e -> e.ledger() == ledger).map(Entry::amount).toList());
    }

    /** What the guarantor owes: patient A/R and collections (negative: a credit balance). */
    public BigDecimal owed() {
        return balance(LedgerAccount.PATIENT_AR).add(balance(LedgerAccount.COLLECTIONS_AR));
    }

    /** A patient's part of what the account owes. */
    public BigDecimal owedBy(String patientId) {
        return sum(entries.stream().filter(e -> patientId.equals(e.patientId()) && owing(e.ledger()))
                .map(Entry::amount).toList());
    }

    /** Credit not allocated to any encounter (a positive amount the practice owes the guarantor). */
    public BigDecimal unallocatedCredit() {
        return unallocated().negate().max(ZERO);
    }

    /**
     * Posts the difference between the claim's totals now and what the ledger holds for it: the first posting of a
     * claim charges it, a reversal takes back exactly what was posted (patient side included), a correction posts
     * anew. Empty when nothing changed.
     */
    public Optional<Posting> adjudicate(UUID postingId, Adjudication a, Instant at) {
        Draft d = new Draft(postingId, PostingKind.CLAIM_ADJUDICATION, at);
        Dims claim = new Dims(a.patientId(), a.encounterId(), a.claimId(), null, null, null, null);
        d.pair(EntryType.CHARGE, a.totalCharge().subtract(held(a.claimId(), EntryType.CHARGE)), claim);
        d.pair(EntryType.INSURANCE_PAYMENT, a.paid().subtract(held(a.claimId(), EntryType.INSURANCE_PAYMENT)), claim);
        d.pair(EntryType.CONTRACTUAL_ADJUSTMENT,
                a.contractual().subtract(held(a.claimId(), EntryType.CONTRACTUAL_ADJUSTMENT)), claim);
        Map<String, Share> wanted = new LinkedHashMap<>();
        for (Share s : a.shares()) {
            wanted.merge(key(s), s, (x, y) -> new Share(x.lineNumber(), x.procedureCode(), x.reasonCode(),
                    x.amount().add(y.amount())));
        }
        Map<String, Share> heldShares = heldShares(a.claimId());
        wanted.forEach((k, s) -> d.pair(EntryType.transferFor(s.reasonCode()),
                s.amount().subtract(heldShares.containsKey(k) ? heldShares.get(k).amount() : ZERO), share(a, s)));
        heldShares.forEach((k, s) -> {
            if (!wanted.containsKey(k)) {
                d.pair(EntryType.transferFor(s.reasonCode()), s.amount().negate(), share(a, s));
            }
        });
        return d.post();
    }

    /**
     * Moves credits onto what is owed: an encounter left negative (a reversal of what the patient paid) gives its
     * credit to the account, and the account's unallocated credit pays open encounters oldest first. Moves within
     * patient A/R only, so what the account owes does not change. Empty when there is nothing to move.
     */
    public Optional<Posting> applyCredits(UUID postingId, Instant at) {
        Draft d = new Draft(postingId, PostingKind.CREDIT_APPLICATION, at);
        Map<String, BigDecimal> open = encounterBalances(LedgerAccount.PATIENT_AR);
        BigDecimal credit = unallocated().negate();
        for (var e : open.entrySet()) {
            if (e.getValue().signum() < 0 && !prepaidAwaitingAdjudication(e.getKey())) {
                BigDecimal amount = e.getValue().negate();
                d.move(amount, encounter(e.getKey()), unallocatedOf(patientOf(e.getKey())));
                credit = credit.add(amount);
            }
        }
        for (var e : open.entrySet()) {
            if (credit.signum() <= 0) {
                break;
            }
            if (e.getValue().signum() > 0) {
                BigDecimal amount = credit.min(e.getValue());
                d.move(amount, unallocatedOf(patientOf(e.getKey())), encounter(e.getKey()));
                credit = credit.subtract(amount);
            }
        }
        return d.post();
    }

    /**
     * A payment, patient's ({@link EntryType#PATIENT_PAYMENT} on patient A/R) or an agency's
     * ({@link EntryType#AGENCY_PAYMENT} on collections): to the chosen encounter first (null: none), then oldest
     * first; what is left over becomes the payer's unallocated credit.
     */
    public Posting pay(UUID postingId, EntryType type, String patientId, String reference, BigDecimal amount,
            String encounterId, Instant at) {
        if (type != EntryType.PATIENT_PAYMENT && type != EntryType.AGENCY_PAYMENT) {
            throw new IllegalArgumentException("not a payment: " + type);
        }
        requirePositive(amount);
        Draft d = new Draft(postingId, type == EntryType.PATIENT_PAYMENT ? PostingKind.PATIENT_PAYMENT
                : PostingKind.AGENCY_PAYMENT, at);
        BigDecimal left = amount;
        for (var e : openFirst(type.credit(), encounterId).entrySet()) {
            BigDecimal part = left.min(e.getValue());
            Dims on = encounter(e.getKey()).withReference(reference);
            d.entry(type, LedgerAccount.CASH, on, part);
            d.entry(type, type.credit(), on, part.negate());
            left = left.subtract(part);
            if (left.signum() == 0) {
                break;
            }
        }
        if (left.signum() > 0) {
            Dims credit = unallocatedOf(patientId).withReference(reference);
            d.entry(type, LedgerAccount.CASH, credit, left);
            d.entry(type, LedgerAccount.PATIENT_AR, credit, left.negate());
        }
        return d.post().orElseThrow();
    }

    /**
     * A payment taken at the point of service against an encounter's estimate, before or after its claim is
     * adjudicated: all of it on that encounter, whose balance may go below zero (paid ahead). It waits there for the
     * claim's patient shares while the encounter awaits its adjudication; after that, what exceeds the final share
     * becomes the account's credit ({@link #applyCredits}).
     */
    public Posting prepay(UUID postingId, String patientId, String reference, BigDecimal amount, String encounterId,
            Instant at) {
        requirePositive(amount);
        Draft d = new Draft(postingId, PostingKind.PATIENT_PAYMENT, at);
        Dims on = new Dims(patientId, encounterId, null, null, null, null, null)
                .withReference(POINT_OF_SERVICE + reference);
        d.entry(EntryType.PATIENT_PAYMENT, LedgerAccount.CASH, on, amount);
        d.entry(EntryType.PATIENT_PAYMENT, LedgerAccount.PATIENT_AR, on, amount.negate());
        return d.post().orElseThrow();
    }

    /**
     * An encounter paid ahead at the point of service that the payer has not settled yet (no charge posted, or
     * insurance A/R still open, e.g. a next payer pending): its prepayment stays for its patient shares.
     */
    private boolean prepaidAwaitingAdjudication(String encounterId) {
        List<Entry> ofEncounter = entries.stream().filter(e -> encounterId.equals(e.encounterId())).toList();
        if (ofEncounter.stream().noneMatch(e -> e.type() == EntryType.PATIENT_PAYMENT && e.reference() != null
                && e.reference().startsWith(POINT_OF_SERVICE))) {
            return false;
        }
        boolean charged = ofEncounter.stream().anyMatch(e -> e.type() == EntryType.CHARGE);
        return !charged || encounterBalances(LedgerAccount.INSURANCE_AR).containsKey(encounterId);
    }

    /** Pays out unallocated credit; refused when the account holds less credit than that. */
    public Posting refund(UUID postingId, String patientId, String reference, BigDecimal amount, Instant at) {
        requirePositive(amount);
        if (amount.compareTo(unallocatedCredit()) > 0) {
            throw new LedgerRuleException("A refund of " + amount + " exceeds the credit balance of "
                    + unallocatedCredit());
        }
        Draft d = new Draft(postingId, PostingKind.REFUND, at);
        d.pair(EntryType.REFUND, amount, unallocatedOf(patientId).withReference(reference));
        return d.post().orElseThrow();
    }

    /**
     * Writes off what is owed on one encounter (null: the account, oldest first), all of it when amount is null;
     * from collections when the account is placed there.
     */
    public Posting writeOff(UUID postingId, EntryType type, String reference, String encounterId, BigDecimal amount,
            boolean fromCollections, Instant at) {
        if (!type.isWriteOff()) {
            throw new IllegalArgumentException("not a write-off: " + type);
        }
        LedgerAccount from = fromCollections ? LedgerAccount.COLLECTIONS_AR : LedgerAccount.PATIENT_AR;
        Map<String, BigDecimal> open = openFirst(from, encounterId);
        if (encounterId != null) {
            open.keySet().retainAll(List.of(encounterId));
        }
        BigDecimal available = sum(List.copyOf(open.values()));
        BigDecimal left = amount == null ? available : amount;
        requirePositive(left);
        if (left.compareTo(available) > 0) {
            throw new LedgerRuleException("A write-off of " + left + " exceeds the " + available + " owed");
        }
        Draft d = new Draft(postingId, PostingKind.WRITE_OFF, at);
        for (var e : open.entrySet()) {
            BigDecimal part = left.min(e.getValue());
            Dims on = encounter(e.getKey()).withReference(reference);
            d.entry(type, LedgerAccount.WRITE_OFFS, on, part);
            d.entry(type, from, on, part.negate());
            left = left.subtract(part);
            if (left.signum() == 0) {
                break;
            }
        }
        return d.post().orElseThrow();
    }

    /** Places everything the account owes with the collection agency; empty when nothing is owed. */
    public Optional<Posting> placeInCollections(UUID postingId, String reference, Instant at) {
        return moveAll(postingId, PostingKind.COLLECTIONS_PLACEMENT, EntryType.TRANSFER_TO_COLLECTIONS, reference, at);
    }

    /** Takes back from the agency everything still placed; empty when nothing is. */
    public Optional<Posting> recallFromCollections(UUID postingId, String reference, Instant at) {
        return moveAll(postingId, PostingKind.COLLECTIONS_RECALL, EntryType.TRANSFER_FROM_COLLECTIONS, reference, at);
    }

    /**
     * Encounters the payer has not settled yet: insurance A/R still open (charged, not yet paid, adjusted or
     * transferred to the patient), so the patient is not billed for them yet.
     */
    public List<String> encountersPendingInsurance() {
        return List.copyOf(encounterBalances(LedgerAccount.INSURANCE_AR).keySet());
    }

    /** Every encounter with money on it, oldest first. */
    public List<EncounterBalance> encounters() {
        Map<String, List<Entry>> byEncounter = new LinkedHashMap<>();
        entries.stream().filter(e -> e.encounterId() != null)
                .forEach(e -> byEncounter.computeIfAbsent(e.encounterId(), k -> new ArrayList<>()).add(e));
        List<EncounterBalance> out = new ArrayList<>();
        byEncounter.forEach((encounterId, list) -> out.add(new EncounterBalance(list.get(0).patientId(), encounterId,
                list.get(0).at(), on(list, EntryType.CHARGE, LedgerAccount.INSURANCE_AR),
                on(list, EntryType.INSURANCE_PAYMENT, LedgerAccount.CASH),
                on(list, EntryType.CONTRACTUAL_ADJUSTMENT, LedgerAccount.CONTRACTUAL),
                sum(list.stream().filter(e -> owing(e.ledger())).map(Entry::amount).toList()),
                sum(list.stream().filter(e -> e.ledger() == LedgerAccount.COLLECTIONS_AR).map(Entry::amount).toList()))));
        return out;
    }

    private Optional<Posting> moveAll(UUID postingId, PostingKind kind, EntryType type, String reference, Instant at) {
        Draft d = new Draft(postingId, kind, at);
        encounterBalances(type.credit()).forEach((encounterId, amount) -> {
            if (amount.signum() > 0) {
                d.pair(type, amount, encounter(encounterId).withReference(reference));
            }
        });
        return d.post();
    }

    private static BigDecimal on(List<Entry> list, EntryType type, LedgerAccount ledger) {
        return sum(list.stream().filter(e -> e.type() == type && e.ledger() == ledger).map(Entry::amount).toList());
    }

    private static boolean owing(LedgerAccount ledger) {
        return ledger == LedgerAccount.PATIENT_AR || ledger == LedgerAccount.COLLECTIONS_AR;
    }

    private BigDecimal unallocated() {
        return sum(entries.stream().filter(e -> e.ledger() == LedgerAccount.PATIENT_AR && e.encounterId() == null)
                .map(Entry::amount).toList());
    }

    /** Balances on one ledger per encounter, in the order the encounters were first posted. */
    private Map<String, BigDecimal> encounterBalances(LedgerAccount ledger) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        firstOfEncounter.keySet().forEach(id -> out.put(id, ZERO));
        for (Entry e : entries) {
            if (e.encounterId() != null && e.ledger() == ledger) {
                out.merge(e.encounterId(), e.amount(), BigDecimal::add);
            }
        }
        out.values().removeIf(v -> v.signum() == 0);
        return out;
    }

    /** Positive balances on a ledger, the chosen encounter first, then oldest first. */
    private Map<String, BigDecimal> openFirst(LedgerAccount ledger, String encounterId) {
        Map<String, BigDecimal> open = encounterBalances(ledger);
        open.values().removeIf(v -> v.signum() <= 0);
        if (encounterId == null || !open.containsKey(encounterId)) {
            return open;
        }
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        ordered.put(encounterId, open.remove(encounterId));
        ordered.putAll(open);
        return ordered;
    }

    private String patientOf(String encounterId) {
        return firstOfEncounter.get(encounterId).patientId();
    }

    private Dims encounter(String encounterId) {
        return new Dims(patientOf(encounterId), encounterId, null, null, null, null, null);
    }

    private static Dims unallocatedOf(String patientId) {
        return new Dims(patientId, null, null, null, null, null, null);
    }

    private BigDecimal held(String claimId, EntryType type) {
        return sum(entries.stream().filter(e -> claimId.equals(e.claimId()) && e.type() == type
                && e.ledger() == type.debit()).map(Entry::amount).toList());
    }

    /** The claim's patient shares the patient's A/R holds now. */
    public List<Share> patientShares(String claimId) {
        return List.copyOf(heldShares(claimId).values());
    }

    private Map<String, Share> heldShares(String claimId) {
        Map<String, Share> held = new LinkedHashMap<>();
        entries.stream().filter(e -> claimId.equals(e.claimId()) && e.type().isTransferToPatient()
                && e.ledger() == LedgerAccount.PATIENT_AR)
                .forEach(e -> held.merge(e.shareKey(), new Share(e.lineNumber(), e.procedureCode(), e.reasonCode(),
                        e.amount()), (x, y) -> new Share(x.lineNumber(), x.procedureCode(), x.reasonCode(),
                                x.amount().add(y.amount()))));
        held.values().removeIf(s -> s.amount().signum() == 0);
        return held;
    }

    private static String key(Share s) {
        return s.lineNumber() + "\u001f" + s.procedureCode() + "\u001f" + s.reasonCode();
    }

    private static Dims share(Adjudication a, Share s) {
        return new Dims(a.patientId(), a.encounterId(), a.claimId(), s.lineNumber(), s.procedureCode(),
                s.reasonCode(), null);
    }

    private static void requirePositive(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new LedgerRuleException("An amount must be greater than 0.00");
        }
    }

    static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(ZERO, BigDecimal::add);
    }

    /** Where an entry lands besides its ledger. */
    private record Dims(String patientId, String encounterId, String claimId, Integer lineNumber, String procedureCode,
            String reasonCode, String reference) {
        Dims withReference(String ref) {
            return new Dims(patientId, encounterId, claimId, lineNumber, procedureCode, reasonCode, ref);
        }
    }

    /** Entries of one posting in the making; kept by the ledger once posted. */
    private final class Draft {
        private final UUID id;
        private final PostingKind kind;
        private final Instant at;
        private final List<Entry> drafted = new ArrayList<>();

        Draft(UUID id, PostingKind kind, Instant at) {
            this.id = Objects.requireNonNull(id);
            this.kind = kind;
            this.at = at;
        }

        /** Debit the type's debit ledger, credit its credit ledger, both on the same encounter. */
        void pair(EntryType type, BigDecimal amount, Dims on) {
            if (amount.signum() != 0) {
                entry(type, type.debit(), on, amount);
                entry(type, type.credit(), on, amount.negate());
            }
        }

        /** A credit applied: debit one place in patient A/R, credit another. */
        void move(BigDecimal amount, Dims debit, Dims credit) {
            entry(EntryType.CREDIT_APPLIED, LedgerAccount.PATIENT_AR, debit, amount);
            entry(EntryType.CREDIT_APPLIED, LedgerAccount.PATIENT_AR, credit, amount.negate());
        }

        void entry(EntryType type, LedgerAccount ledger, Dims on, BigDecimal amount) {
            drafted.add(new Entry(id, type, ledger, on.patientId(), on.encounterId(), on.claimId(), on.lineNumber(),
                    on.procedureCode(), on.reasonCode(), on.reference(), amount.setScale(2), at));
        }

        Optional<Posting> post() {
            if (drafted.isEmpty()) {
                return Optional.empty();
            }
            Posting posting = new Posting(id, accountId, kind, at, drafted);
            posting.entries().forEach(AccountLedger.this::add);
            return Optional.of(posting);
        }
    }
}
