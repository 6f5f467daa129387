package io.revcycle.claims.service;

import java.time.LocalDate;
import java.util.List;

/** What a biller may correct on a rejected or held claim; null parts stay as they are. */
public record ClaimCorrection(String memberId, Subscriber subscriber, List<String> diagnosisCodes) {

    public record Subscriber(String firstName, String lastName, LocalDate dateOfBirth, String sex, String line1,
            String line2, String city, String state, String postalCode) {

        /** Only a name: what a next payer's claim takes of its subscriber. */
        public boolean namesOnly() {
            return dateOfBirth == null && sex == null && line1 == null && line2 == null && city == null
                    && state == null && postalCode == null;
        }
    }
}
