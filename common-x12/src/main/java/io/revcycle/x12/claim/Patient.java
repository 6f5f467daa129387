package io.revcycle.x12.claim;

import java.util.List;

/** Loop 2000C: a patient who is not the subscriber, the relationship to the subscriber (PAT01) and the claims. */
public record Patient(String relationship, PatientDetails details, Person person, List<Claim> claims) {

    public Patient {
        claims = List.copyOf(claims);
    }
}
