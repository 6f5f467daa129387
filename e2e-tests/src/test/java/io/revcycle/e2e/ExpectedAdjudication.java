package io.revcycle.e2e;

import static java.math.RoundingMode.HALF_UP;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.revcycle.stack.demo.SyntheticEncounters.Case;
import io.revcycle.stack.demo.SyntheticEncounters.CodedLine;

/**
 * An independent oracle for what each claim must come to: the chargemaster prices, the simulated payers' contract
 * (allowed percent, denied procedures) and the benefit order deductible → copay → coinsurance, written out here
 * rather than reused from the services so a bug there cannot hide.
 */
final class ExpectedAdjudication {

    record Claim(boolean held, BigDecimal charge, BigDecimal paid, BigDecimal patient, BigDecimal denied,
            String status) {
    }

    static final Map<String, BigDecimal> CHARGES = Map.ofEntries(
            Map.entry("99213", bd("125.00")), Map.entry("99214", bd("185.00")), Map.entry("99203", bd("165.00")),
            Map.entry("36415", bd("15.00")), Map.entry("80053", bd("48.00")), Map.entry("85025", bd("32.00")),
            Map.entry("83036", bd("40.00")), Map.entry("93000", bd("60.00")), Map.entry("71046", bd("95.00")),
            Map.entry("97110", bd("75.00")), Map.entry("20610", bd("150.00")), Map.entry("96372", bd("45.00")),
            Map.entry("J1100", bd("8.50")), Map.entry("87880", bd("35.00")),
            Map.entry("RB-SEMIPRIVATE", bd("2400.00")));
    static final Map<String, BigDecimal> ALLOWED_PERCENT = Map.of("SYNPAYER1", bd("80"), "SYNPAYER2", bd("65"));
    static final Map<String, String> DENIED = Map.of("SYNPAYER2/97110", "CO-50", "SYNPAYER1/20610", "CO-96");

    private ExpectedAdjudication() {
    }

    static Claim of(Case c) {
        List<CodedLine> lines = billedLines(c);
        BigDecimal charge = bd("0.00");
        for (CodedLine l : lines) {
            charge = charge.add(CHARGES.get(l.procedureCode()).multiply(BigDecimal.valueOf(l.units())));
        }
        if (c.coverage().effectiveTo() != null && c.coverage().effectiveTo().isBefore(c.encounter().dateOfService())) {
            return new Claim(true, charge, bd("0.00"), bd("0.00"), bd("0.00"), "HELD");
        }
        String payer = c.encounter().payerId();
        BigDecimal deductibleLeft = c.coverage().deductibleRemaining();
        BigDecimal copayLeft = c.coverage().copay();
        BigDecimal paid = bd("0.00");
        BigDecimal patient = bd("0.00");
        BigDecimal denied = bd("0.00");
        int deniedLines = 0;
        for (CodedLine l : lines) {
            BigDecimal lineCharge = CHARGES.get(l.procedureCode()).multiply(BigDecimal.valueOf(l.units()));
            if (DENIED.containsKey(payer + "/" + l.procedureCode())) {
                denied = denied.add(lineCharge);
                deniedLines++;
                continue;
            }
            BigDecimal allowed = lineCharge.multiply(ALLOWED_PERCENT.get(payer)).divide(bd("100"), 2, HALF_UP);
            BigDecimal deductible = allowed.min(deductibleLeft);
            deductibleLeft = deductibleLeft.subtract(deductible);
            BigDecimal copay = allowed.subtract(deductible).min(copayLeft);
            copayLeft = copayLeft.subtract(copay);
            BigDecimal rest = allowed.subtract(deductible).subtract(copay);
            BigDecimal coinsurance = rest.multiply(c.coverage().coinsurancePercent()).divide(bd("100"), 2, HALF_UP);
            patient = patient.add(deductible).add(copay).add(coinsurance);
            paid = paid.add(rest.subtract(coinsurance));
        }
        String status = deniedLines == 0 ? "PAID"
                : deniedLines == lines.size() ? "DENIED" : "PARTIALLY_DENIED";
        return new Claim(false, charge, paid, patient, denied, status);
    }

    /** The coded lines, and for a hospital stay a night of room and board per day (a same-day stay: one). */
    private static List<CodedLine> billedLines(Case c) {
        List<CodedLine> lines = new ArrayList<>(c.intended().lines());
        if (c.inpatient()) {
            long nights = Math.max(1, c.encounter().dischargeDate().toEpochDay()
                    - c.encounter().admissionDate().toEpochDay());
            lines.add(new CodedLine(lines.size() + 1, "RB-SEMIPRIVATE", List.of(), (int) nights, List.of(1)));
        }
        return lines;
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
