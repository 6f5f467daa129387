package io.revcycle.eligibility.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What the patient is expected to owe for a priced claim, from the benefits of an eligibility check, for
 * point-of-service collection. The payer's order (the simulator's and most commercial plans'): per line in order,
 * the remaining deductible first, then one copay per claim, then coinsurance on what is left, all capped by what
 * remains of the out-of-pocket maximum (when the 271 stated it); the payer is expected to pay the rest. The line amount
 * is the expected allowed amount when known, else the charge (an estimate on charges is the most the patient owes).
 */
public record PatientEstimate(List<Line> lines, BigDecimal expectedAllowed, BigDecimal deductible, BigDecimal copay,
        BigDecimal coinsurance, BigDecimal patientShare, BigDecimal expectedPayerPayment) {

    private static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public record Line(int lineNumber, BigDecimal expectedAllowed, BigDecimal deductible, BigDecimal copay,
            BigDecimal coinsurance, BigDecimal patientShare, BigDecimal expectedPayerPayment) {
    }

    public static PatientEstimate of(List<BigDecimal> lineAmounts, BigDecimal copay, BigDecimal coinsurancePercent,
            BigDecimal deductibleRemaining, BigDecimal outOfPocketRemaining) {
        BigDecimal deductibleLeft = scaled(deductibleRemaining);
        BigDecimal copayLeft = scaled(copay);
        // no out-of-pocket figure: nothing caps the share
        BigDecimal oopLeft = outOfPocketRemaining == null ? null : scaled(outOfPocketRemaining);
        List<Line> lines = new ArrayList<>();
        BigDecimal allowedTotal = ZERO, deductibleTotal = ZERO, copayTotal = ZERO, coinsuranceTotal = ZERO;
        int number = 0;
        for (BigDecimal amount : lineAmounts) {
            BigDecimal allowed = scaled(amount);
            BigDecimal deductible = cap(allowed.min(deductibleLeft), oopLeft);
            deductibleLeft = deductibleLeft.subtract(deductible);
            oopLeft = take(oopLeft, deductible);
            BigDecimal afterDeductible = allowed.subtract(deductible);
            BigDecimal lineCopay = cap(afterDeductible.min(copayLeft), oopLeft);
            copayLeft = copayLeft.subtract(lineCopay);
            oopLeft = take(oopLeft, lineCopay);
            BigDecimal afterCopay = afterDeductible.subtract(lineCopay);
            BigDecimal coinsurance = cap(afterCopay.multiply(coinsurancePercent).divide(HUNDRED, 2, RoundingMode.HALF_UP),
                    oopLeft);
            oopLeft = take(oopLeft, coinsurance);
            BigDecimal patient = deductible.add(lineCopay).add(coinsurance);
            lines.add(new Line(++number, allowed, deductible, lineCopay, coinsurance, patient, allowed.subtract(patient)));
            allowedTotal = allowedTotal.add(allowed);
            deductibleTotal = deductibleTotal.add(deductible);
            copayTotal = copayTotal.add(lineCopay);
            coinsuranceTotal = coinsuranceTotal.add(coinsurance);
        }
        BigDecimal patientTotal = deductibleTotal.add(copayTotal).add(coinsuranceTotal);
        return new PatientEstimate(lines, allowedTotal, deductibleTotal, copayTotal, coinsuranceTotal, patientTotal,
                allowedTotal.subtract(patientTotal));
    }

    private static BigDecimal cap(BigDecimal amount, BigDecimal oopLeft) {
        return oopLeft == null ? amount : amount.min(oopLeft);
    }

    private static BigDecimal take(BigDecimal oopLeft, BigDecimal amount) {
        return oopLeft == null ? null : oopLeft.subtract(amount);
    }

    private static BigDecimal scaled(BigDecimal v) {
        return v == null ? ZERO : v.setScale(2, RoundingMode.HALF_UP);
    }
}
