package io.revcycle.denials;

/** Why a payer did not pay, as a denial worker sorts it. CONTRACTUAL is not a denial: nothing is to be worked. */
public enum DenialCategory {
    ELIGIBILITY_REGISTRATION,
    AUTHORIZATION,
    CODING,
    MEDICAL_NECESSITY,
    TIMELY_FILING,
    DUPLICATE,
    BUNDLING,
    MISSING_INFORMATION,
    COORDINATION_OF_BENEFITS,
    CONTRACTUAL,
    /** No rule matched: a denial specialist looks at it (and the rules may need a row). */
    UNCLASSIFIED;

    public boolean isDenial() {
        return this != CONTRACTUAL;
    }
}
