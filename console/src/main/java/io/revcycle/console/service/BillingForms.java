package io.revcycle.console.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the billing screens' forms into claims-service's request bodies. Only the shape is checked here (a reason is
 * there, a date is a date); whether a correction or an action is allowed is claims-service's answer, shown in words.
 */
public final class BillingForms {

    /** claims-service's limits: a note 2000, an appeal's argument 4000, a resolution's reason 500 characters. */
    static final int REASON_MAX = 500;

    private BillingForms() {
    }

    /** Every action on a denial takes a reason: the worker's why, kept on the denial (its notes) or in the action. */
    public static String reason(Map<String, List<String>> form) {
        String reason = blankToNull(one(form, "reason"));
        if (reason == null) {
            throw new IllegalArgumentException("give a reason for this action");
        }
        if (reason.length() > REASON_MAX) {
            throw new IllegalArgumentException("a reason is at most " + REASON_MAX + " characters");
        }
        return reason;
    }

    public static String required(Map<String, List<String>> form, String name, String what) {
        String value = blankToNull(one(form, name));
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    /**
     * The correction form, prefilled with the claim's values: only what the biller changed is sent (claims-service
     * names the corrected fields on the timeline, so unchanged ones must not appear corrected).
     */
    public static BillingViews.Correction correction(Map<String, List<String>> form, BillingViews.Claim claim) {
        String memberId = changed(upper(blankToNull(one(form, "memberId"))), claim.memberId());
        List<String> diagnoses = form.containsKey("diagnosisCodes")
                ? Arrays.stream(Objects.requireNonNullElse(one(form, "diagnosisCodes"), "").split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).map(BillingForms::upper).toList()
                : null;
        if (diagnoses != null && diagnoses.equals(claim.diagnosisCodes())) {
            diagnoses = null;
        }
        BillingViews.Subscriber was = claim.subscriber() == null
                ? new BillingViews.Subscriber(null, null, null, null, null, null, null, null, null)
                : claim.subscriber();
        BillingViews.Subscriber subscriber = new BillingViews.Subscriber(
                changed(blankToNull(one(form, "firstName")), was.firstName()),
                changed(blankToNull(one(form, "lastName")), was.lastName()),
                changed(date(blankToNull(one(form, "dateOfBirth"))), was.dateOfBirth()),
                changed(upper(blankToNull(one(form, "sex"))), was.sex()),
                changed(blankToNull(one(form, "line1")), was.line1()), null,
                changed(blankToNull(one(form, "city")), was.city()),
                changed(upper(blankToNull(one(form, "state"))), was.state()),
                changed(blankToNull(one(form, "postalCode")), was.postalCode()));
        boolean subscriberChanged = Arrays.stream(new Object[] { subscriber.firstName(), subscriber.lastName(),
            subscriber.dateOfBirth(), subscriber.sex(), subscriber.line1(), subscriber.city(), subscriber.state(),
            subscriber.postalCode() }).anyMatch(Objects::nonNull);
        return new BillingViews.Correction(memberId, subscriberChanged ? subscriber : null, diagnoses);
    }

    /** The value when it differs from what the claim has (letters' case aside: the 837 upper-cases them). */
    private static <T> T changed(T value, T was) {
        if (value == null || value.equals(was)) {
            return null;
        }
        return value instanceof String v && was instanceof String w && v.equalsIgnoreCase(w) ? null : value;
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a date of birth is YYYY-MM-DD");
        }
    }

    static String one(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
