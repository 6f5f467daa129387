package io.revcycle.claims.domain;

import java.time.LocalDate;

/** An ICD-10-PCS procedure of an inpatient stay (837I HI BBR principal / BBQ other) with the day it was performed. */
public record IcdProcedure(String code, LocalDate performedDate) {
}
