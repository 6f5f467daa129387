package io.revcycle.x12.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * One 271 Health Care Eligibility Benefit Response (005010X279A1) transaction set.
 *
 * @param purposeCode            BHT02: 11 response, 06 confirmation
 * @param submitterTransactionId BHT03 (the 270's BHT03 when answering one)
 * @param date                   BHT04
 * @param time                   BHT05
 */
public record EligibilityResponse271(String purposeCode, String submitterTransactionId, LocalDate date, String time,
        List<Source271> sources) {

    public EligibilityResponse271 {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
