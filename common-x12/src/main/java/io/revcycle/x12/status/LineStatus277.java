package io.revcycle.x12.status;

import java.math.BigDecimal;
import java.util.List;

import io.revcycle.x12.eligibility.DatePeriod;
import io.revcycle.x12.eligibility.ProcedureCode;

/**
 * Loop 2220D/2220E of a 277: a service line's status (SVC01 procedure, SVC02 charge, SVC03 paid, SVC04 revenue
 * code, SVC07 units; STC; REF*FJ; DTP*472).
 */
public record LineStatus277(ProcedureCode procedure, BigDecimal charge, BigDecimal paid, String revenueCode,
        BigDecimal units, List<StatusInfo> statuses, String lineItemControlNumber, DatePeriod serviceDate) {

    public LineStatus277 {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }
}
