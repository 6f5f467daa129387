package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An encounter's point-of-service estimate as eligibility-service announced it (PatientEstimated). */
public record RecordEstimateCommand(UUID eventId, String encounterId, String patientId, String payerId,
        String checkId, BigDecimal expectedAllowed, BigDecimal deductible, BigDecimal copay, BigDecimal coinsurance,
        BigDecimal patientShare, BigDecimal expectedPayerPayment, Instant estimatedAt) {
}
