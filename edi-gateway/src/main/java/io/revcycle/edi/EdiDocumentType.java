package io.revcycle.edi;

import java.util.Optional;

/** The kinds of X12 file the platform exchanges, told apart by ST01 and the guide (ST03, else GS08). */
public enum EdiDocumentType {
    CLAIM_837P("837P"), CLAIM_837I("837I"), REMITTANCE_835("835"), ACK_999("999"), CLAIM_ACK_277CA("277CA"),
    ELIGIBILITY_270("270"), ELIGIBILITY_271("271"), STATUS_276("276"), STATUS_277("277");

    private final String label;

    EdiDocumentType(String label) {
        this.label = label;
    }

    /** The short name used in events, file listings and the API: 837P, 837I, 835, 999, 277CA, 270, 271, 276, 277. */
    public String label() {
        return label;
    }

    public static Optional<EdiDocumentType> of(String st01, String guide) {
        String g = guide == null ? "" : guide;
        return Optional.ofNullable(switch (st01 == null ? "" : st01) {
            case "837" -> g.startsWith("005010X223") ? CLAIM_837I : g.startsWith("005010X222") ? CLAIM_837P : null;
            case "835" -> REMITTANCE_835;
            case "999" -> ACK_999;
            case "277" -> g.startsWith("005010X214") ? CLAIM_ACK_277CA : STATUS_277;
            case "270" -> ELIGIBILITY_270;
            case "271" -> ELIGIBILITY_271;
            case "276" -> STATUS_276;
            default -> null;
        });
    }

    public static Optional<EdiDocumentType> ofLabel(String label) {
        for (EdiDocumentType t : values()) {
            if (t.label.equalsIgnoreCase(label)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
