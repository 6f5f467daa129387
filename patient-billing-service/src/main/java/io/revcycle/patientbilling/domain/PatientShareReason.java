package io.revcycle.patientbilling.domain;

import java.util.Map;

/** Labels of the claim adjustment reason codes (CARC) a payer uses for patient responsibility. */
public final class PatientShareReason {

    private static final Map<String, String> LABELS = Map.of("1", "Deductible", "2", "Coinsurance", "3", "Co-payment");

    private PatientShareReason() {
    }

    public static String labelOf(String reasonCode) {
        return LABELS.getOrDefault(reasonCode, "Patient responsibility (CARC " + reasonCode + ")");
    }
}
