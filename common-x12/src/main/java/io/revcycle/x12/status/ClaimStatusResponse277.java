package io.revcycle.x12.status;

import java.time.LocalDate;
import java.util.List;

/**
 * One 277 Health Care Claim Status Response (005010X212) transaction set (BHT02 08, BHT06 DG).
 *
 * @param referenceId BHT03
 * @param date        BHT04
 * @param time        BHT05
 */
public record ClaimStatusResponse277(String referenceId, LocalDate date, String time, List<Payer277> payers) {

    public ClaimStatusResponse277 {
        payers = payers == null ? List.of() : List.copyOf(payers);
    }
}
