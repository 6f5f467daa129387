package io.revcycle.eligibility.messaging;

import io.revcycle.events.Money;

import java.math.BigDecimal;

import io.revcycle.eligibility.domain.EligibilityCheck;
import io.revcycle.eligibility.service.VerifyEligibilityCommand;
import io.revcycle.events.EligibilityVerified;
import io.revcycle.events.EncounterDocumented;

/** Translates between the Avro contract and this service's commands and entities. */
public final class EligibilityEventMapper {

    /** Column widths of eligibility_check: a longer id could not be stored, so the event is rejected. */
    private static final int MAX_ID_LENGTH = 100;

    private EligibilityEventMapper() {
    }

    /** Throws IllegalArgumentException for an event that can never be checked (it then goes to the DLQ). */
    public static VerifyEligibilityCommand toCommand(EncounterDocumented event) {
        if (event.getPatient() == null) {
            throw new IllegalArgumentException("EncounterDocumented " + event.getEventId() + " has no patient");
        }
        if (event.getDateOfService() == null) {
            throw new IllegalArgumentException("EncounterDocumented " + event.getEventId() + " has no dateOfService");
        }
        return new VerifyEligibilityCommand(
                id(event.getEncounterId(), "encounterId", event),
                id(event.getPatient().getPatientId(), "patient.patientId", event),
                id(event.getPayerId(), "payerId", event),
                // never echoed in errors: PHI
                memberId(event.getMemberId(), event),
                event.getDateOfService());
    }

    public static EligibilityVerified toEligibilityVerified(EligibilityCheck check) {
        return EligibilityVerified.newBuilder()
                .setEventId(check.verifiedEventId)
                .setOccurredAt(check.checkedAt)
                .setEncounterId(check.encounterId)
                .setPatientId(check.patientId)
                .setPayerId(check.payerId)
                .setMemberId(check.memberId)
                .setDateOfService(check.dateOfService)
                .setCoverageActive(check.coverageActive())
                .setCoverageId(check.coverageId)
                .setPlanName(check.planName)
                .setInactiveReason(check.reason == null ? null : check.reason.name())
                .setCopay(Money.exact(check.copay))
                .setCoinsurancePercent(Money.exact(check.coinsurancePercent))
                .setDeductibleRemaining(Money.exact(check.deductibleRemaining))
                .build();
    }

    private static String id(String value, String field, EncounterDocumented event) {
        if (value == null || value.isBlank() || value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("EncounterDocumented " + event.getEventId() + ": " + field
                    + " must be 1.." + MAX_ID_LENGTH + " characters");
        }
        return value;
    }

    private static String memberId(String value, EncounterDocumented event) {
        if (value == null || value.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("EncounterDocumented " + event.getEventId() + ": memberId must be at most "
                    + MAX_ID_LENGTH + " characters");
        }
        return value;
    }
}
