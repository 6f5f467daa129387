package io.revcycle.claims.domain;

/** Which 837 carries the claim: professional (837P, 005010X222A1) or institutional (837I, 005010X223A2). */
public enum ClaimType {
    PROFESSIONAL, INSTITUTIONAL;

    /** EncounterCoded.encounterType: OUTPATIENT_FACILITY and INPATIENT are billed on an 837I, the rest on an 837P. */
    public static ClaimType ofEncounterType(String encounterType) {
        return "OUTPATIENT_FACILITY".equals(encounterType) || "INPATIENT".equals(encounterType) ? INSTITUTIONAL
                : PROFESSIONAL;
    }
}
