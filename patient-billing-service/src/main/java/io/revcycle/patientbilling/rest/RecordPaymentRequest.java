package io.revcycle.patientbilling.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A patient payment; amount must be positive and at most the balance (else 422). */
public record RecordPaymentRequest(
        @NotNull @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @NotBlank @Pattern(regexp = "CASH|CARD|CHECK|ACH|OTHER", message = "must be one of CASH, CARD, CHECK, ACH, OTHER")
        String method,
        @Size(min = 1, max = 100) String reference) {
}
