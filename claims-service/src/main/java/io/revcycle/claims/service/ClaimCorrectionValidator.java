package io.revcycle.claims.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.ClaimLine;

/** Checks a correction before it touches the claim; returns the problems in words (no submitted values). */
final class ClaimCorrectionValidator {

    /** ICD-10-CM: letter, digit, alphanumeric, then up to four more after the optional period. */
    private static final Pattern ICD10CM = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.?[0-9A-Z]{1,4})?");
    private static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z0-9-]{2,80}");
    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern ZIP = Pattern.compile("[0-9]{5}([0-9]{4})?");
    /** X12 delimiters of our files: a value holding one would break the 837. */
    private static final Pattern NO_DELIMITERS = Pattern.compile("[^*:^~]+");
    /** 837P HI: at most 12 diagnoses per claim. */
    private static final int MAX_DIAGNOSES = 12;

    private ClaimCorrectionValidator() {
    }

    static List<String> problems(ClaimCorrection c, Claim claim) {
        List<String> problems = new ArrayList<>();
        if (c == null || (c.memberId() == null && c.subscriber() == null && c.diagnosisCodes() == null)) {
            problems.add("nothing to correct: give memberId, subscriber or diagnosisCodes");
            return problems;
        }
        if (c.memberId() != null && !MEMBER_ID.matcher(c.memberId()).matches()) {
            problems.add("memberId must be 2-80 letters, digits or hyphens");
        }
        ClaimCorrection.Subscriber s = c.subscriber();
        if (s != null) {
            text(problems, "subscriber.firstName", s.firstName(), 35);
            text(problems, "subscriber.lastName", s.lastName(), 60);
            text(problems, "subscriber.line1", s.line1(), 55);
            text(problems, "subscriber.line2", s.line2(), 55);
            text(problems, "subscriber.city", s.city(), 30);
            if (s.dateOfBirth() != null
                    && (s.dateOfBirth().isAfter(LocalDate.now()) || s.dateOfBirth().getYear() < 1900)) {
                problems.add("subscriber.dateOfBirth must be between 1900 and today");
            }
            if (s.sex() != null && !List.of("F", "M", "U").contains(s.sex())) {
                problems.add("subscriber.sex must be F, M or U");
            }
            if (s.state() != null && !STATE.matcher(s.state()).matches()) {
                problems.add("subscriber.state must be a two-letter state code");
            }
            if (s.postalCode() != null && !ZIP.matcher(s.postalCode()).matches()) {
                problems.add("subscriber.postalCode must be 5 or 9 digits");
            }
        }
        List<String> dx = c.diagnosisCodes();
        if (dx != null) {
            if (dx.isEmpty() || dx.size() > MAX_DIAGNOSES) {
                problems.add("diagnosisCodes must hold 1 to " + MAX_DIAGNOSES + " codes");
            }
            for (int i = 0; i < dx.size(); i++) {
                if (dx.get(i) == null || !ICD10CM.matcher(dx.get(i)).matches()) {
                    problems.add("diagnosisCodes[" + i + "] is not an ICD-10-CM code");
                }
            }
            for (ClaimLine line : claim.lines) {
                for (int pointer : line.diagnosisPointers) {
                    if (pointer > dx.size()) {
                        problems.add("line " + line.lineNumber + " points to diagnosis " + pointer + ", but only "
                                + dx.size() + " are given");
                    }
                }
            }
        }
        return problems;
    }

    private static void text(List<String> problems, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.isBlank() || value.length() > max) {
            problems.add(field + " must be 1-" + max + " characters");
        } else if (!NO_DELIMITERS.matcher(value).matches()) {
            problems.add(field + " must not contain * : ^ or ~");
        }
    }
}
