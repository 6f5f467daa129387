package io.revcycle.claims.domain;

/** What has arrived so far for an encounter; either half may be null until its event comes. */
public record ClaimIntake(String encounterId, CodedEncounter coded, EligibilityResult eligibility) {

    public boolean complete() {
        return coded != null && eligibility != null;
    }
}
