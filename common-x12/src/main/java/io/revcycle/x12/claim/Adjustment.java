package io.revcycle.x12.claim;

import java.math.BigDecimal;

/** One CAS adjustment: group (CO, CR, OA, PI, PR), reason code, amount and optional quantity. */
public record Adjustment(String group, String reason, BigDecimal amount, BigDecimal quantity) {
}
