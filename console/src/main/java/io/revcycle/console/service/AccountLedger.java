package io.revcycle.console.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A guarantor account's ledger as a clerk reads it: patient-billing-service keeps double entries (each posting's
 * sides sum to zero), the clerk wants what each posting did to the receivables, the insurance's and the patient's.
 * So the receivable sides of each posting (per encounter, claim, CARC and reference) become one row with its insurance
 * A/R and patient A/R (collections included) changes and the patient balance after it; the last balance is what the
 * service says the account owes, since both are sums of the same entries.
 */
public final class AccountLedger {

    private static final String INSURANCE_AR = "INSURANCE_AR";
    private static final Set<String> PATIENT_SIDE = Set.of("PATIENT_AR", "COLLECTIONS_AR");

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("CHARGE", "Charge"),
            Map.entry("INSURANCE_PAYMENT", "Insurance payment"),
            Map.entry("CONTRACTUAL_ADJUSTMENT", "Contractual adjustment"),
            Map.entry("TRANSFER_DEDUCTIBLE", "Deductible, to the patient"),
            Map.entry("TRANSFER_COINSURANCE", "Coinsurance, to the patient"),
            Map.entry("TRANSFER_COPAY", "Co-payment, to the patient"),
            Map.entry("TRANSFER_NONCOVERED", "Not covered, to the patient"),
            Map.entry("PATIENT_PAYMENT", "Patient payment"),
            Map.entry("CREDIT_APPLIED", "Credit applied"),
            Map.entry("REFUND", "Refund"),
            Map.entry("WRITE_OFF_BAD_DEBT", "Write-off: bad debt"),
            Map.entry("WRITE_OFF_CHARITY", "Write-off: charity"),
            Map.entry("WRITE_OFF_SMALL_BALANCE", "Write-off: small balance"),
            Map.entry("WRITE_OFF_ADMINISTRATIVE", "Write-off: administrative"),
            Map.entry("TRANSFER_TO_COLLECTIONS", "Placed in collections"),
            Map.entry("TRANSFER_FROM_COLLECTIONS", "Recalled from collections"),
            Map.entry("AGENCY_PAYMENT", "Collection agency payment"),
            Map.entry("OPENING_BALANCE", "Opening balance"));

    /** One posting's effect on the receivables; null amounts where it did not touch that side. */
    public record Row(Instant postedAt, String type, String what, String patientId, String encounterId,
            String claimId, String reasonCode, String reference, BigDecimal insurance, BigDecimal patient,
            BigDecimal patientBalance) {
    }

    private AccountLedger() {
    }

    /**
     * The rows, each reference shown as the clerk knows it: a patient payment's ledger entries name the payment by
     * its id, which {@code receipts} (payment id → "CHECK CHK-1001") turns into its method and receipt.
     */
    public static List<Row> rows(List<AccountViews.Entry> entries, Map<String, String> receipts) {
        Map<List<Object>, Row> rows = new LinkedHashMap<>();
        for (AccountViews.Entry e : entries == null ? List.<AccountViews.Entry>of() : entries) {
            boolean insurance = INSURANCE_AR.equals(e.ledger());
            if (!insurance && !PATIENT_SIDE.contains(e.ledger())) {
                continue; // the other side (cash, charges, contractual, write-offs) is implied by the type
            }
            List<Object> key = java.util.Arrays.asList(e.postingId(), e.type(), e.patientId(), e.encounterId(),
                    e.claimId(), e.reasonCode(), e.reference());
            Row r = rows.get(key);
            BigDecimal ins = insurance ? e.amount() : null;
            BigDecimal pat = insurance ? null : e.amount();
            rows.put(key, r == null
                    ? new Row(e.postedAt(), e.type(), words(e.type()), e.patientId(), e.encounterId(), e.claimId(),
                            e.reasonCode(), e.reference(), ins, pat, null)
                    : new Row(r.postedAt(), r.type(), r.what(), r.patientId(), r.encounterId(), r.claimId(),
                            r.reasonCode(), r.reference(), add(r.insurance(), ins), add(r.patient(), pat), null));
        }
        List<Row> out = new ArrayList<>();
        BigDecimal balance = new BigDecimal("0.00");
        for (Row r : rows.values()) {
            if (r.patient() != null) {
                balance = balance.add(r.patient());
            }
            String reference = r.reference() == null ? null : receipts.getOrDefault(r.reference(), r.reference());
            out.add(new Row(r.postedAt(), r.type(), r.what(), r.patientId(), r.encounterId(), r.claimId(),
                    r.reasonCode(), reference, r.insurance(), r.patient(), balance));
        }
        return out;
    }

    static String words(String type) {
        return Objects.requireNonNullElseGet(WORDS.get(type),
                () -> type == null ? "" : type.replace('_', ' ').toLowerCase(Locale.ROOT));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }
}
