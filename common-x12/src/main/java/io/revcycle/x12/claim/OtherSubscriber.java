package io.revcycle.x12.claim;

import java.math.BigDecimal;
import java.util.List;

import io.revcycle.x12.model.Segment;

/**
 * Loop 2320 (coordination of benefits): another payer's subscriber (SBR), its claim-level adjustments (CAS), what it
 * paid (AMT*D), non-covered amount (AMT*A8), remaining patient liability (AMT*EAF), OI indicators, the MIA/MOA
 * adjudication segments as read, the other subscriber (2330A), the other payer (2330B) and the other payer's provider
 * identifiers (2330C-I).
 */
public record OtherSubscriber(String payerResponsibility, String relationship, String groupNumber, String groupName,
        String insuranceType, String claimFilingIndicator, List<Adjustment> adjustments, BigDecimal payerPaid,
        BigDecimal nonCovered, BigDecimal remainingPatientLiability, String benefitsAssignment,
        String patientSignatureSource, String releaseOfInformation, Segment inpatientAdjudication,
        Segment outpatientAdjudication, Person subscriber, Payer payer, List<Provider> providers) {

    public OtherSubscriber {
        adjustments = List.copyOf(adjustments);
        providers = List.copyOf(providers);
    }
}
