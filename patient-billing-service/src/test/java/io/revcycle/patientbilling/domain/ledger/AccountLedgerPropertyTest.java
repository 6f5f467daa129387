package io.revcycle.patientbilling.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * Thousands of seeded random sequences of adjudications, corrections, reversals, payments (over- and part-),
 * refunds, write-offs, plan installments, placements, agency payments and recalls on guarantor accounts of one to
 * three patients. After every step: each posting balances, the whole ledger sums to zero, what the account owes
 * equals both the sum of its patient-side entries and an independent running model, each claim's patient side equals
 * its latest patient responsibility (zero after a reversal), and credits sit where they should. A failure names its
 * seed, so it replays exactly.
 */
class AccountLedgerPropertyTest {

    private static final long BASE_SEED = 18_0001L;
    private static final int SEQUENCES = 2_000;
    private static final int STEPS = 25;
    private static final Instant AT = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void shouldKeepEveryRandomSequenceBalancedAndEveryBalanceTheSumOfItsEntries() {
        long postings = 0;
        for (int i = 0; i < SEQUENCES; i++) {
            long seed = BASE_SEED + i;
            postings += new Sequence(seed).run();
        }
        // the sequences really did post (not trivially empty)
        assertThat(postings).isGreaterThan(SEQUENCES * 20L);
    }

    @Test
    void shouldRefuseAPostingThatDoesNotBalance() {
        UUID id = UUID.randomUUID();
        Entry debit = new Entry(id, EntryType.PATIENT_PAYMENT, LedgerAccount.CASH, "P", "E", null, null, null, null,
                null, new BigDecimal("10.00"), AT);
        Entry credit = new Entry(id, EntryType.PATIENT_PAYMENT, LedgerAccount.PATIENT_AR, "P", "E", null, null, null,
                null, null, new BigDecimal("-9.99"), AT);
        assertThatThrownBy(() -> new Posting(id, "A", PostingKind.PATIENT_PAYMENT, AT, List.of(debit, credit)))
                .isInstanceOf(Posting.UnbalancedPostingException.class).hasMessageContaining("0.01");
    }

    @Test
    void shouldReverseThePatientSideOfAClaimExactly() {
        AccountLedger ledger = new AccountLedger("G-1", List.of());
        var claim = new AccountLedger.Adjudication("C1", "E1", "P1", money("500.00"), money("300.00"),
                money("140.00"), List.of(new AccountLedger.Share(1, "99213", "1", money("40.00")),
                        new AccountLedger.Share(1, "99213", "3", money("20.00"))));
        ledger.adjudicate(UUID.randomUUID(), claim, AT);
        ledger.pay(UUID.randomUUID(), EntryType.PATIENT_PAYMENT, "P1", "R1", money("25.00"), null, AT);

        Posting reversal = ledger.adjudicate(UUID.randomUUID(), new AccountLedger.Adjudication("C1", "E1", "P1",
                money("0.00"), money("0.00"), money("0.00"), List.of()), AT).orElseThrow();

        assertThat(reversal.entries()).filteredOn(e -> e.type().isTransferToPatient()
                && e.ledger() == LedgerAccount.PATIENT_AR).extracting(Entry::reasonCode, Entry::amount)
                .containsExactly(org.assertj.core.api.Assertions.tuple("1", money("-40.00")),
                        org.assertj.core.api.Assertions.tuple("3", money("-20.00")));
        assertThat(reversal.on(LedgerAccount.INSURANCE_AR)).isEqualTo(money("0.00"));
        // the patient paid 25.00 of a claim the payer took back: a credit, first left on the encounter...
        assertThat(ledger.owed()).isEqualTo(money("-25.00"));
        // ...then moved to the account, ready to refund or to apply to the next charge
        ledger.applyCredits(UUID.randomUUID(), AT);
        assertThat(ledger.unallocatedCredit()).isEqualTo(money("25.00"));
        assertThat(ledger.owed()).isEqualTo(money("-25.00"));
    }

    /** One random sequence on one guarantor account, with the model it is checked against. */
    private static final class Sequence {
        private final long seed;
        private final Random random;
        private final AccountLedger ledger = new AccountLedger("G", List.of());
        private final List<String> patients = new ArrayList<>();
        /** claim → its latest adjudication. */
        private final Map<String, AccountLedger.Adjudication> claims = new LinkedHashMap<>();
        private BigDecimal modelOwed = money("0.00");
        private boolean placed;
        private int claimCount;
        private long postings;

        Sequence(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                patients.add("P" + i);
            }
        }

        long run() {
            for (int step = 0; step < STEPS; step++) {
                String op = step();
                ledger.applyCredits(id(), AT).ifPresent(p -> postings++);
                assertThat(ledger.owed()).as("seed %d step %d (%s): owed matches the model", seed, step, op)
                        .isEqualTo(modelOwed);
                if (step % 5 == 4 || step == STEPS - 1) {
                    check(step, op);
                }
            }
            return postings;
        }

        private String step() {
            int dice = random.nextInt(100);
            if (dice < 30 || claims.isEmpty()) {
                return adjudicate(newClaim(), "adjudication");
            }
            if (dice < 38) {
                return adjudicate(corrected(pick(claims.keySet())), "correction");
            }
            if (dice < 45) {
                return adjudicate(reversed(pick(claims.keySet())), "reversal");
            }
            if (dice < 65) {
                BigDecimal amount = cents(1, 40_000);
                String encounter = random.nextBoolean() ? null : claims.get(pick(claims.keySet())).encounterId();
                post(ledger.pay(id(), EntryType.PATIENT_PAYMENT, pick(patients), "PAY", amount,
                        encounter, AT));
                modelOwed = modelOwed.subtract(amount);
                return "payment " + amount;
            }
            if (dice < 72) {
                // a plan installment: a fixed part of what is owed, oldest first
                BigDecimal owed = ledger.balance(LedgerAccount.PATIENT_AR);
                if (owed.signum() <= 0) {
                    return "no installment";
                }
                BigDecimal installment = owed.divide(new BigDecimal(2 + random.nextInt(5)), 2,
                        java.math.RoundingMode.UP);
                post(ledger.pay(id(), EntryType.PATIENT_PAYMENT, pick(patients), "PLAN", installment,
                        null, AT));
                modelOwed = modelOwed.subtract(installment);
                return "installment " + installment;
            }
            if (dice < 78) {
                BigDecimal credit = ledger.unallocatedCredit();
                if (credit.signum() <= 0) {
                    assertThatThrownBy(() -> ledger.refund(id(), "P0", "RF", money("0.01"), AT))
                            .as(where("refund without credit")).isInstanceOf(LedgerRuleException.class);
                    return "refused refund";
                }
                BigDecimal amount = random.nextBoolean() ? credit : cents(1, credit.movePointRight(2).intValue());
                post(ledger.refund(id(), pick(patients), "RF", amount, AT));
                modelOwed = modelOwed.add(amount);
                return "refund " + amount;
            }
            if (dice < 85) {
                LedgerAccount from = placed ? LedgerAccount.COLLECTIONS_AR : LedgerAccount.PATIENT_AR;
                BigDecimal open = openOn(from);
                if (open.signum() <= 0) {
                    return "nothing to write off";
                }
                EntryType type = List.of(EntryType.WRITE_OFF_BAD_DEBT, EntryType.WRITE_OFF_CHARITY,
                        EntryType.WRITE_OFF_SMALL_BALANCE, EntryType.WRITE_OFF_ADMINISTRATIVE).get(random.nextInt(4));
                BigDecimal amount = random.nextBoolean() ? null : cents(1, open.movePointRight(2).intValue());
                Posting p = ledger.writeOff(id(), type, "WO", null, amount, placed, AT);
                post(p);
                modelOwed = modelOwed.add(p.on(LedgerAccount.WRITE_OFFS).negate());
                assertThat(p.on(LedgerAccount.WRITE_OFFS)).as(where("write-off amount"))
                        .isEqualTo(amount == null ? open : amount);
                return "write-off " + p.on(LedgerAccount.WRITE_OFFS);
            }
            if (dice < 90 && !placed) {
                ledger.placeInCollections(id(), "PLACE", AT).ifPresent(this::post);
                placed = true;
                assertThat(ledger.balance(LedgerAccount.PATIENT_AR).max(money("0.00")))
                        .as(where("nothing positive left in patient A/R")).isLessThanOrEqualTo(positiveOn(
                                LedgerAccount.PATIENT_AR));
                return "placement";
            }
            if (dice < 95 && placed) {
                BigDecimal amount = cents(1, 20_000);
                post(ledger.pay(id(), EntryType.AGENCY_PAYMENT, pick(patients), "AG", amount, null, AT));
                modelOwed = modelOwed.subtract(amount);
                return "agency payment " + amount;
            }
            if (placed) {
                ledger.recallFromCollections(id(), "RECALL", AT).ifPresent(this::post);
                placed = false;
                assertThat(ledger.balance(LedgerAccount.COLLECTIONS_AR)).as(where("recalled"))
                        .isLessThanOrEqualTo(money("0.00"));
                return "recall";
            }
            return "idle";
        }

        private String adjudicate(AccountLedger.Adjudication a, String what) {
            BigDecimal before = currentPr(claims.get(a.claimId()));
            ledger.adjudicate(id(), a, AT).ifPresent(this::post);
            claims.put(a.claimId(), a);
            modelOwed = modelOwed.add(currentPr(a)).subtract(before);
            return what + " " + a.claimId();
        }

        private AccountLedger.Adjudication newClaim() {
            String claimId = "C" + (++claimCount);
            return adjudication(claimId, "E" + claimCount, pick(patients));
        }

        private AccountLedger.Adjudication corrected(String claimId) {
            AccountLedger.Adjudication old = claims.get(claimId);
            return adjudication(claimId, old.encounterId(), old.patientId());
        }

        private AccountLedger.Adjudication reversed(String claimId) {
            AccountLedger.Adjudication old = claims.get(claimId);
            return new AccountLedger.Adjudication(claimId, old.encounterId(), old.patientId(), money("0.00"),
                    money("0.00"), money("0.00"), List.of());
        }

        private AccountLedger.Adjudication adjudication(String claimId, String encounterId, String patientId) {
            BigDecimal charge = cents(1_000, 500_000);
            List<AccountLedger.Share> shares = new ArrayList<>();
            BigDecimal left = charge;
            int n = random.nextInt(4);
            for (int i = 0; i < n; i++) {
                BigDecimal share = cents(0, Math.max(1, left.movePointRight(2).intValue() / 4));
                if (share.signum() > 0) {
                    shares.add(new AccountLedger.Share(1 + random.nextInt(3), "9921" + random.nextInt(5),
                            List.of("1", "2", "3", "96").get(random.nextInt(4)), share));
                    left = left.subtract(share);
                }
            }
            BigDecimal paid = cents(0, left.movePointRight(2).intValue());
            BigDecimal contractual = cents(0, left.subtract(paid).movePointRight(2).intValue());
            return new AccountLedger.Adjudication(claimId, encounterId, patientId, charge, paid, contractual, shares);
        }

        private void post(Posting p) {
            postings++;
            assertThat(Posting.sum(p.entries())).as(where("posting balances")).isZero();
        }

        private void check(int step, String op) {
            String at = "seed " + seed + " step " + step + " (" + op + ")";
            List<Entry> entries = ledger.entries();
            BigDecimal all = AccountLedger.sum(entries.stream().map(Entry::amount).toList());
            assertThat(all).as(at + ": the ledger sums to zero").isEqualByComparingTo("0");
            BigDecimal patientSide = AccountLedger.sum(entries.stream().filter(e -> e.ledger() == LedgerAccount.PATIENT_AR
                    || e.ledger() == LedgerAccount.COLLECTIONS_AR).map(Entry::amount).toList());
            assertThat(ledger.owed()).as(at + ": owed is the sum of its entries").isEqualTo(patientSide);
            assertThat(ledger.owed()).as(at + ": owed matches the model").isEqualTo(modelOwed);
            BigDecimal byPatient = AccountLedger.sum(patients.stream().map(ledger::owedBy).toList());
            assertThat(byPatient).as(at + ": the patients' parts add up").isEqualTo(ledger.owed());
            Map<String, BigDecimal> transfers = new HashMap<>();
            Map<String, BigDecimal> insurance = new HashMap<>();
            for (Entry e : entries) {
                if (e.claimId() == null) {
                    continue;
                }
                if (e.type().isTransferToPatient() && e.ledger() == LedgerAccount.PATIENT_AR) {
                    transfers.merge(e.claimId(), e.amount(), BigDecimal::add);
                }
                if (e.ledger() == LedgerAccount.INSURANCE_AR) {
                    insurance.merge(e.claimId(), e.amount(), BigDecimal::add);
                }
            }
            claims.forEach((claimId, a) -> {
                assertThat(transfers.getOrDefault(claimId, money("0.00"))).as(at + ": patient side of " + claimId)
                        .isEqualByComparingTo(currentPr(a));
                assertThat(insurance.getOrDefault(claimId, money("0.00"))).as(at + ": insurance A/R of " + claimId)
                        .isEqualByComparingTo(a.totalCharge().subtract(a.paid()).subtract(a.contractual())
                                .subtract(currentPr(a)));
            });
            // credits sit on the account, not on encounters, and never beside an open encounter
            assertThat(ledger.encounters()).as(at + ": no encounter owes less than nothing")
                    .allSatisfy(e -> assertThat(e.patientOwes().subtract(e.inCollections()).signum()).isNotNegative());
            if (ledger.unallocatedCredit().signum() > 0) {
                assertThat(positiveOn(LedgerAccount.PATIENT_AR)).as(at + ": credit left beside an open encounter")
                        .isZero();
            }
        }

        private BigDecimal openOn(LedgerAccount ledgerAccount) {
            return positiveOn(ledgerAccount);
        }

        private BigDecimal positiveOn(LedgerAccount ledgerAccount) {
            Map<String, BigDecimal> byEncounter = new HashMap<>();
            ledger.entries().stream().filter(e -> e.ledger() == ledgerAccount && e.encounterId() != null)
                    .forEach(e -> byEncounter.merge(e.encounterId(), e.amount(), BigDecimal::add));
            return AccountLedger.sum(byEncounter.values().stream().filter(v -> v.signum() > 0).toList());
        }

        private String where(String what) {
            return "seed " + seed + ": " + what;
        }

        private <T> T pick(java.util.Collection<T> from) {
            List<T> list = List.copyOf(from);
            return list.get(random.nextInt(list.size()));
        }

        /** Posting ids from the seed too, so a failing sequence replays exactly. */
        private UUID id() {
            return new UUID(random.nextLong(), random.nextLong());
        }

        private BigDecimal cents(int min, int max) {
            return BigDecimal.valueOf(min + (long) random.nextInt(Math.max(1, max - min + 1)), 2);
        }
    }

    private static BigDecimal currentPr(AccountLedger.Adjudication a) {
        return a == null ? money("0.00") : AccountLedger.sum(a.shares().stream().map(AccountLedger.Share::amount).toList());
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
