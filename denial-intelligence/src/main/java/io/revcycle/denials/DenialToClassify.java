package io.revcycle.denials;

import java.time.LocalDate;
import java.util.List;

/**
 * One denied adjustment as the 835 gives it: the payer, the CAS group (CO, PR, OA, PI, CR) and reason (CARC), the
 * line's remark codes (RARC, from LQ*HE or MOA/MIA) and the date the remittance was received (the appeal window
 * runs from it), with the payer's appeal window from the payer directory when it is known (null: the rules' window).
 */
public record DenialToClassify(String payerId, String groupCode, String reasonCode, List<String> remarkCodes,
        LocalDate remittanceDate, Integer appealWindowDays) {

    public DenialToClassify {
        remarkCodes = remarkCodes == null ? List.of() : List.copyOf(remarkCodes);
        if (appealWindowDays != null && appealWindowDays <= 0) {
            throw new IllegalArgumentException("appealWindowDays must be positive");
        }
    }

    /** Without the directory's window: the rules' window for the payer applies. */
    public DenialToClassify(String payerId, String groupCode, String reasonCode, List<String> remarkCodes,
            LocalDate remittanceDate) {
        this(payerId, groupCode, reasonCode, remarkCodes, remittanceDate, null);
    }
}
