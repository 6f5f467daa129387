package io.revcycle.events;

import java.util.Map;

/**
 * The one table of field limits. Every edge (REST bodies, topic intake) enforces them, and every column that stores
 * such a field is at least this wide (FieldLimitsTest reads every service's migrations), so nothing accepted at the
 * door can overflow a column or an X12 element further down the cycle.
 */
public final class FieldLimits {

    public static final int ENCOUNTER_ID = 64;
    /** "CLM-" + encounter id */
    public static final int CLAIM_ID = 4 + ENCOUNTER_ID;
    public static final int PATIENT_ID = 100;
    /** also fits X12 NM109 of the payer loop (80) and the simulator's payer table */
    public static final int PAYER_ID = 32;
    /** X12 NM109 of the subscriber loop allows 80 */
    public static final int MEMBER_ID = 80;
    public static final int FACILITY_ID = 100;
    /** CPT/HCPCS (5) and ICD-10-PCS (7) codes, with room for a local code */
    public static final int PROCEDURE_CODE = 20;
    /** X12 CLM01 */
    public static final int PATIENT_CONTROL_NUMBER = 20;

    /**
     * Units of one service line: X12 SV104/SV205 allow 15 digits, but a claim line's charge (units x price) must fit
     * numeric(12,2) and no real line bills more than a few thousand units.
     */
    public static final int MAX_UNITS = 9_999;

    /** Column name → the width every column of that name must have at least. */
    public static final Map<String, Integer> COLUMNS = Map.of("encounter_id", ENCOUNTER_ID, "claim_id", CLAIM_ID,
            "patient_id", PATIENT_ID, "payer_id", PAYER_ID, "member_id", MEMBER_ID, "facility_id", FACILITY_ID,
            "procedure_code", PROCEDURE_CODE, "patient_control_number", PATIENT_CONTROL_NUMBER);

    private FieldLimits() {
    }
}
