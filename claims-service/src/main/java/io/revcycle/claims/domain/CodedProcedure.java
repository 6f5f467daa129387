package io.revcycle.claims.domain;

import java.util.List;

/**
 * A procedure line as coding finalized it, before pricing; revenueCode is the NUBC revenue code the facility coder
 * chose or confirmed for an outpatient facility line (null: the chargemaster's).
 */
public record CodedProcedure(int lineNumber, String procedureCode, List<String> modifiers, int units,
        List<Integer> diagnosisPointers, String revenueCode) {
}
