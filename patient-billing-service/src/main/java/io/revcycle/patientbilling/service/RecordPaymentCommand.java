package io.revcycle.patientbilling.service;

import java.math.BigDecimal;

/**
 * A payment toward a patient's guarantor account; reference (optional) is unique per patient; encounterId (optional)
 * is paid first, the rest oldest first, anything beyond what is owed kept as a credit.
 */
public record RecordPaymentCommand(String patientId, BigDecimal amount, String method, String reference,
        String encounterId) {
}
