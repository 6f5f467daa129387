package io.revcycle.claims.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.revcycle.claims.domain.ChargemasterEntry;

/** A chargemaster price with the NUBC revenue code of its institutional lines. */
public record ChargemasterEntryView(String code, String description, BigDecimal chargePerUnit,
        LocalDate effectiveFrom, String revenueCode) {

    static ChargemasterEntryView of(ChargemasterEntry e) {
        return new ChargemasterEntryView(e.code, e.description, e.chargePerUnit, e.effectiveFrom, e.revenueCode);
    }
}
