package io.revcycle.patientbilling.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A payment toward the patient's guarantor account; amount must be positive (else 422); beyond what is owed it stays
 * as a credit. encounterId (optional) is paid first, then the oldest.
 */
public record RecordPaymentRequest(
        @NotNull @Digits(integer = 10, fraction = 2) BigDecimal amount,
        @NotBlank @Pattern(regexp = "CASH|CARD|CHECK|ACH|ONLINE|LOCKBOX|OTHER",
                message = "must be one of CASH, CARD, CHECK, ACH, ONLINE, LOCKBOX, OTHER")
        String method,
        @Size(min = 1, max = 100) String reference,
        @Size(min = 1, max = 100) String encounterId) {
}
