package io.revcycle.stack.demo;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What one demo run did, stage by stage, with money totals; {@code inpatientClaimsOn837I}: the inpatient stays whose
 * claim went to the payer as an 837I.
 */
public record DemoSummary(int encounters, long seed, int documented, int documentedAsFhir, int codedAutomatically,
        int codedByCoder, int claimsSubmitted, int claimsHeld, int claimsAdjudicated, Map<String, Integer> claimsByStatus,
        BigDecimal billed, BigDecimal paid, BigDecimal denied, BigDecimal patientResponsibility,
        BigDecimal patientBalance, int patientAccounts, boolean allFinal, double elapsedSeconds,
        double encountersPerSecond, int claimsCorrected, Map<String, Integer> ediFiles, String ediFolder,
        int inpatientStays, int inpatientClaimsOn837I) {
}
