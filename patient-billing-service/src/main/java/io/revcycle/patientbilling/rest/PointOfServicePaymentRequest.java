package io.revcycle.patientbilling.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A payment against an encounter's point-of-service estimate; amount must be positive (else 422). */
public record PointOfServicePaymentRequest(
        @NotNull @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @NotBlank @Pattern(regexp = "CASH|CARD|CHECK|ACH|ONLINE|LOCKBOX|OTHER",
                message = "must be one of CASH, CARD, CHECK, ACH, ONLINE, LOCKBOX, OTHER")
        String method,
        @Size(min = 1, max = 100) String reference) {
}
