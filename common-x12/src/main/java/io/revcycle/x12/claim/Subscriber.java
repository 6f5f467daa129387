package io.revcycle.x12.claim;

import java.util.List;

/**
 * Loop 2000B: the subscriber with the payer responsibility (SBR01 P/S/T...), relationship (SBR02 "18" when the
 * subscriber is the patient), group, claim filing indicator (SBR09), the subscriber (2010BA) and payer (2010BB), the
 * subscriber's own claims (when the subscriber is the patient) and the dependents (2000C) with theirs.
 */
public record Subscriber(String payerResponsibility, String relationship, String groupNumber, String groupName,
        String insuranceType, String claimFilingIndicator, PatientDetails details, Person subscriber, Payer payer,
        List<Claim> claims, List<Patient> patients) {

    public Subscriber {
        claims = List.copyOf(claims);
        patients = List.copyOf(patients);
    }
}
