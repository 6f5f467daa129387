package io.revcycle.claims.domain;

import java.time.LocalDate;

/** The subscriber/patient loop data of a claim (PHI: stored, sent in the 837, never logged). */
public record PatientDemographics(String firstName, String lastName, LocalDate dateOfBirth, String sex, String line1,
        String line2, String city, String state, String postalCode) {

    /** What an 837 subscriber loop cannot go without, in words (no values). */
    public java.util.List<String> missing() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (isBlank(lastName)) {
            missing.add("last name");
        }
        if (isBlank(firstName)) {
            missing.add("first name");
        }
        if (dateOfBirth == null) {
            missing.add("date of birth");
        }
        if (isBlank(sex)) {
            missing.add("sex");
        }
        if (isBlank(line1) || isBlank(city) || isBlank(state) || isBlank(postalCode)) {
            missing.add("address");
        }
        return missing;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
