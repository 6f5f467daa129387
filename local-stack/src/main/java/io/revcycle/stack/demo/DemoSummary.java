package io.revcycle.stack.demo;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What one demo run did, stage by stage, with money totals; {@code registeredAsHl7}: the patients whose coverage was
 * registered by an HL7 v2 ADT^A04 over MLLP; {@code inpatientClaimsOn837I}: the inpatient stays whose
 * claim went to the payer as an 837I; {@code inpatientProceduresOn837I}: those whose every 837I carried the stay's
 * ICD-10-PCS procedures as documented, HI BBR then BBQ (-1: the X12 folder was not read).
 */
public record DemoSummary(int encounters, long seed, int documented, int documentedAsFhir, int documentedAsHl7,
        int registeredAsHl7, int codedAutomatically,
        int codedByCoder, int claimsSubmitted, int claimsHeld, int claimsAdjudicated, Map<String, Integer> claimsByStatus,
        BigDecimal billed, BigDecimal paid, BigDecimal denied, BigDecimal patientResponsibility,
        BigDecimal patientBalance, int patientAccounts, boolean allFinal, double elapsedSeconds,
        double encountersPerSecond, int claimsCorrected, Map<String, Integer> ediFiles, String ediFolder,
        int inpatientStays, int inpatientClaimsOn837I, int inpatientProceduresOn837I) {
}
