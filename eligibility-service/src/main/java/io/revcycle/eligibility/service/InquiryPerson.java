package io.revcycle.eligibility.service;

import java.time.LocalDate;

/** PHI for the 270's 2100C (NM1, DMG): held only while the inquiry is written, never stored or logged. */
public record InquiryPerson(String lastName, String firstName, LocalDate birthDate, String gender) {

    public static final InquiryPerson UNKNOWN = new InquiryPerson(null, null, null, null);

    /** DMG03: F, M or U. */
    public String x12Gender() {
        return gender == null ? "U" : switch (gender.toUpperCase()) {
            case "F", "FEMALE" -> "F";
            case "M", "MALE" -> "M";
            default -> "U";
        };
    }
}
