package io.revcycle.patientbilling.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import io.revcycle.patientbilling.domain.PatientPayment;

public record PaymentResponse(UUID paymentId, String patientId, BigDecimal amount, String method, String reference,
        BigDecimal balance, Instant receivedAt) {

    static PaymentResponse from(PatientPayment p) {
        return new PaymentResponse(p.id, p.account.patientId, p.amount, p.method, p.reference, p.balanceAfter,
                p.receivedAt);
    }
}
