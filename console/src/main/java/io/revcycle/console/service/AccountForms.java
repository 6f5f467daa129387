package io.revcycle.console.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The account screen's action forms (payment plans, refunds, write-offs) read into patient-billing-service's request
 * bodies. Only the shape is checked here (amounts are decimals with at most two places, a reason is given where the
 * service keeps one, a method or type is one the service knows); whether the action fits the account (a credit
 * large enough, a plan still active, not more than is owed) is the service's answer, shown in its words.
 * Each method throws IllegalArgumentException with words for the clerk.
 */
public final class AccountForms {

    public static final List<String> REFUND_METHODS = List.of("CHECK", "CARD", "ACH", "CASH");
    public static final List<String> WRITE_OFF_TYPES = List.of("SMALL_BALANCE", "BAD_DEBT", "CHARITY",
            "ADMINISTRATIVE");
    /** The service's limits: a plan's reason 500 characters, a refund's and a write-off's 200 and 100. */
    private static final int PLAN_REASON_MAX = 500;
    private static final int REFUND_REASON_MAX = 200;
    private static final int WRITE_OFF_REASON_MAX = 100;
    private static final int REFERENCE_MAX = 100;
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,10}(\\.[0-9]+)?");
    private static final Pattern TWO_PLACES = Pattern.compile("[0-9]{1,10}(\\.[0-9]{1,2})?");

    private AccountForms() {
    }

    public static AccountViews.PlanRequest plan(MultivaluedMap<String, String> form) {
        return new AccountViews.PlanRequest(required(form, "patientId", "the patient"),
                amount(required(form, "installmentAmount", "the installment amount"), "the installment amount"),
                date(optional(form, "firstDueDate"), "the first due date"));
    }

    public static AccountViews.Renegotiation renegotiation(MultivaluedMap<String, String> form) {
        return new AccountViews.Renegotiation(
                amount(required(form, "installmentAmount", "the new installment amount"), "the installment amount"),
                date(optional(form, "firstDueDate"), "the first due date"), reason(form, PLAN_REASON_MAX));
    }

    public static AccountViews.Cancellation cancellation(MultivaluedMap<String, String> form) {
        return new AccountViews.Cancellation(reason(form, PLAN_REASON_MAX));
    }

    /** The service keeps a refund's reason optional; the console asks for it, so every payout says why. */
    public static AccountViews.RefundRequest refund(MultivaluedMap<String, String> form) {
        return new AccountViews.RefundRequest(required(form, "patientId", "the patient"),
                amount(required(form, "amount", "the amount"), "the amount"), reason(form, REFUND_REASON_MAX));
    }

    public static AccountViews.RefundIssue issue(MultivaluedMap<String, String> form) {
        String method = required(form, "method", "the method");
        if (!REFUND_METHODS.contains(method)) {
            throw new IllegalArgumentException("the method must be one of " + String.join(", ", REFUND_METHODS));
        }
        String reference = required(form, "reference", "the check number or reference");
        if (reference.length() > REFERENCE_MAX) {
            throw new IllegalArgumentException("the reference has at most " + REFERENCE_MAX + " characters");
        }
        return new AccountViews.RefundIssue(method, reference);
    }

    public static AccountViews.WriteOffRequest writeOff(MultivaluedMap<String, String> form) {
        String type = required(form, "type", "the type");
        if (!WRITE_OFF_TYPES.contains(type)) {
            throw new IllegalArgumentException("the type must be one of " + String.join(", ", WRITE_OFF_TYPES));
        }
        String amount = optional(form, "amount");
        return new AccountViews.WriteOffRequest(required(form, "patientId", "the patient"), type,
                amount == null ? null : amount(amount, "the amount"), optional(form, "encounterId"),
                reason(form, WRITE_OFF_REASON_MAX));
    }

    /**
     * A money amount as typed: plain digits with at most two decimals ("12.5" is 12.50), never a double, no sign or
     * exponent ("1e2" is refused, though BigDecimal would read it as 100).
     */
    public static BigDecimal amount(String text, String what) {
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException(what + " must be a decimal amount, e.g. 20.00");
        }
        if (!TWO_PLACES.matcher(text).matches()) {
            throw new IllegalArgumentException(what + " has at most two decimals");
        }
        return new BigDecimal(text).setScale(2);
    }

    static String required(MultivaluedMap<String, String> form, String field, String what) {
        String value = optional(form, field);
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    static String optional(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String reason(MultivaluedMap<String, String> form, int max) {
        String reason = required(form, "reason", "a reason");
        if (reason.length() > max) {
            throw new IllegalArgumentException("a reason has at most " + max + " characters");
        }
        return reason;
    }

    private static LocalDate date(String text, String what) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " must be a date, e.g. 2027-01-15");
        }
    }
}
