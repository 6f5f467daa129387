package io.revcycle.x12.status;

import java.math.BigDecimal;

import io.revcycle.x12.eligibility.DatePeriod;
import io.revcycle.x12.eligibility.ProcedureCode;

/**
 * Loop 2210D/2210E of a 276: a service line asked about (SVC01 procedure, SVC02 charge, SVC04 revenue code, SVC07
 * units, REF*FJ line item control number, DTP*472 service date).
 */
public record LineInquiry276(ProcedureCode procedure, BigDecimal charge, String revenueCode, BigDecimal units,
        String lineItemControlNumber, DatePeriod serviceDate) {
}
