package io.revcycle.x12.claim;

import java.math.BigDecimal;

/** SV2 (837I): revenue code, procedure (optional), charge, unit (DA days / UN units), quantity, non-covered charge. */
public record InstitutionalService(String revenueCode, Procedure procedure, BigDecimal charge, String unit,
        BigDecimal quantity, BigDecimal nonCoveredCharge) {
}
