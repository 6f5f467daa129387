package io.revcycle.denials;

import java.time.LocalDate;
import java.util.List;

/**
 * One denied adjustment as the 835 gives it: the payer, the CAS group (CO, PR, OA, PI, CR) and reason (CARC), the
 * line's remark codes (RARC, from LQ*HE or MOA/MIA) and the date the remittance was received (the appeal window
 * runs from it).
 */
public record DenialToClassify(String payerId, String groupCode, String reasonCode, List<String> remarkCodes,
        LocalDate remittanceDate) {

    public DenialToClassify {
        remarkCodes = remarkCodes == null ? List.of() : List.copyOf(remarkCodes);
    }
}
