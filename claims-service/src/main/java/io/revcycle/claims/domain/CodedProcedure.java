package io.revcycle.claims.domain;

import java.util.List;

/** A procedure line as coding finalized it, before pricing. */
public record CodedProcedure(int lineNumber, String procedureCode, List<String> modifiers, int units,
        List<Integer> diagnosisPointers) {
}
