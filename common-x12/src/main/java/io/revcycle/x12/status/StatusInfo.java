package io.revcycle.x12.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One STC segment of a 277.
 *
 * @param codes           STC01, STC10, STC11 (one to three status composites)
 * @param effectiveDate   STC02
 * @param totalCharge     STC04 (claim level)
 * @param payment         STC05 (claim level)
 * @param adjudicationDate STC06
 * @param paymentMethod   STC07: ACH, BOP, CHK, FWT or NON
 * @param paymentDate     STC08 check issue or EFT date
 * @param checkNumber     STC09 check or EFT trace number
 */
public record StatusInfo(List<StatusCode> codes, LocalDate effectiveDate, BigDecimal totalCharge, BigDecimal payment,
        LocalDate adjudicationDate, String paymentMethod, LocalDate paymentDate, String checkNumber) {

    public StatusInfo {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }

    public static StatusInfo of(StatusCode code, LocalDate effectiveDate) {
        return new StatusInfo(List.of(code), effectiveDate, null, null, null, null, null, null);
    }
}
