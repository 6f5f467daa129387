package io.revcycle.claims.rest;

import java.math.BigDecimal;
import java.util.List;

import io.revcycle.claims.domain.ClaimLine;

/** A priced claim line; unitCharge and charge are null when the code has no chargemaster price. */
public record ClaimLineView(int lineNumber, String procedureCode, List<String> modifiers, int units,
        List<Integer> diagnosisPointers, BigDecimal unitCharge, BigDecimal charge) {

    static ClaimLineView of(ClaimLine l) {
        return new ClaimLineView(l.lineNumber, l.procedureCode, List.copyOf(l.modifiers), l.units,
                List.copyOf(l.diagnosisPointers), l.unitCharge, l.charge);
    }
}
