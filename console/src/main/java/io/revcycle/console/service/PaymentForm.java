package io.revcycle.console.service;

import java.math.BigDecimal;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The payment form as the clerk filled it in, checked before it goes to patient-billing-service: a receipt or
 * reference is required here (the service keeps it optional) so every recorded payment can be traced to its slip.
 * The amount's other rules (above 0.00, an encounter of the account) stay the service's, shown in its words.
 */
public record PaymentForm(String patientId, String idempotencyKey, AccountViews.PaymentRequest request) {

    public static final List<String> METHODS = List.of("CASH", "CARD", "CHECK", "ACH", "ONLINE", "LOCKBOX", "OTHER");

    /** Throws IllegalArgumentException with words for the clerk. */
    public static PaymentForm of(MultivaluedMap<String, String> form) {
        String patientId = required(form, "patientId", "the patient");
        String key = required(form, "idempotencyKey", "the form's key (reload the page)");
        String amountText = required(form, "amount", "the amount");
        BigDecimal amount = AccountForms.amount(amountText, "the amount");
        String method = required(form, "method", "the method");
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("the method must be one of " + String.join(", ", METHODS));
        }
        String reference = required(form, "reference", "the receipt or reference");
        if (reference.length() > 100) {
            throw new IllegalArgumentException("the receipt or reference has at most 100 characters");
        }
        String encounterId = form.getFirst("encounterId");
        encounterId = encounterId == null || encounterId.isBlank() ? null : encounterId.strip();
        return new PaymentForm(patientId, key, new AccountViews.PaymentRequest(amount.setScale(2), method, reference,
                encounterId));
    }

    private static String required(MultivaluedMap<String, String> form, String field, String what) {
        String value = form.getFirst(field);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }
}
