package io.revcycle.claims.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A chargemaster price: POST gives code and effectiveFrom in the body, PUT in the path. */
public record ChargemasterPriceRequest(String code, LocalDate effectiveFrom, String description,
        BigDecimal chargePerUnit, String revenueCode) {
}
