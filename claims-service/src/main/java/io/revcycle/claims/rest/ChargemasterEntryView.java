package io.revcycle.claims.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.revcycle.claims.domain.ChargemasterEntry;

/** A chargemaster price. */
public record ChargemasterEntryView(String code, String description, BigDecimal chargePerUnit,
        LocalDate effectiveFrom) {

    static ChargemasterEntryView of(ChargemasterEntry e) {
        return new ChargemasterEntryView(e.code, e.description, e.chargePerUnit, e.effectiveFrom);
    }
}
