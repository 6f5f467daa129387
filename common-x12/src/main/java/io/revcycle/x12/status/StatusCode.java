package io.revcycle.x12.status;

/**
 * One health care claim status composite (STC01, STC10, STC11): category code (e.g. F1 finalized/payment, P3
 * pending, A1 acknowledgement/receipt, D0 data search unsuccessful, E0 response not possible, R4 request for
 * additional information), status code (code source 508), entity identifier code and code list qualifier (NCP for
 * NCPDP reject codes).
 */
public record StatusCode(String category, String status, String entity, String codeListQualifier) {

    public static StatusCode of(String category, String status) {
        return new StatusCode(category, status, null, null);
    }

    /** The category family: the first letter of the category code (A, D, E, F, P or R). */
    public String family() {
        return category == null || category.isEmpty() ? "" : category.substring(0, 1);
    }
}
