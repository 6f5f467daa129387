package io.revcycle.patientbilling.service;

import java.math.BigDecimal;

/** A payment the patient made; reference (optional) is unique per account. */
public record RecordPaymentCommand(String patientId, BigDecimal amount, String method, String reference) {
}
