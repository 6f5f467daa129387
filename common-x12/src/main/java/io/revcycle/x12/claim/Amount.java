package io.revcycle.x12.claim;

import java.math.BigDecimal;

/** An AMT: qualifier (AMT01, e.g. "F5" patient amount paid, "F3" estimated amount due, "T" sales tax) and amount. */
public record Amount(String qualifier, BigDecimal amount) {
}
