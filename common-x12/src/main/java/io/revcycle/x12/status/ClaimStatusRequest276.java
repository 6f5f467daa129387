package io.revcycle.x12.status;

import java.time.LocalDate;
import java.util.List;

/**
 * One 276 Health Care Claim Status Request (005010X212) transaction set.
 *
 * @param referenceId BHT03
 * @param date        BHT04
 * @param time        BHT05
 */
public record ClaimStatusRequest276(String referenceId, LocalDate date, String time, List<Payer276> payers) {

    public ClaimStatusRequest276 {
        payers = payers == null ? List.of() : List.copyOf(payers);
    }
}
