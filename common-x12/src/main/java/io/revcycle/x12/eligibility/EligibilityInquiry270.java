package io.revcycle.x12.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * One 270 Health Care Eligibility Benefit Inquiry (005010X279A1) transaction set.
 *
 * @param purposeCode            BHT02: 13 request, 01 cancellation
 * @param submitterTransactionId BHT03
 * @param date                   BHT04
 * @param time                   BHT05 (HHMM, HHMMSS or HHMMSSDD as written)
 */
public record EligibilityInquiry270(String purposeCode, String submitterTransactionId, LocalDate date, String time,
        List<Source270> sources) {

    public EligibilityInquiry270 {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
