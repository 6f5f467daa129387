package io.revcycle.x12.claim;

import java.math.BigDecimal;
import java.time.LocalDate;

/** PAT05-PAT09 (837P): date of death, weight in pounds (PAT07 "01") and pregnancy indicator. */
public record PatientDetails(LocalDate deathDate, BigDecimal weight, boolean pregnant) {
}
