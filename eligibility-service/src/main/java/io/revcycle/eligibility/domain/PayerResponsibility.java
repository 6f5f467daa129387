package io.revcycle.eligibility.domain;

/**
 * A coverage's place in the order of benefits, named by its X12 payer responsibility sequence code (SBR01): P
 * primary, S secondary, T tertiary, then A..H for the fourth to eleventh payer.
 */
public enum PayerResponsibility {
    P("PRIMARY"), S("SECONDARY"), T("TERTIARY"), A("FOURTH"), B("FIFTH"), C("SIXTH"), D("SEVENTH"), E("EIGHTH"),
    F("NINTH"), G("TENTH"), H("ELEVENTH");

    private final String order;

    PayerResponsibility(String order) {
        this.order = order;
    }

    public String order() {
        return order;
    }

    /** 1-based position in the order. */
    public static PayerResponsibility at(int position) {
        return values()[position - 1];
    }
}
