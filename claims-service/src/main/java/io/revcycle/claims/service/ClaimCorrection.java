package io.revcycle.claims.service;

import java.time.LocalDate;
import java.util.List;

/** What a biller may correct on a rejected or held claim; null parts stay as they are. */
public record ClaimCorrection(String memberId, Subscriber subscriber, List<String> diagnosisCodes) {

    public record Subscriber(String firstName, String lastName, LocalDate dateOfBirth, String sex, String line1,
            String line2, String city, String state, String postalCode) {
    }
}
