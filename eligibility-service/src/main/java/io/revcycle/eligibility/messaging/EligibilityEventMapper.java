package io.revcycle.eligibility.messaging;

import java.math.BigDecimal;
import java.util.List;

import io.revcycle.eligibility.domain.CobPosition;
import io.revcycle.eligibility.domain.Coverage;
import io.revcycle.eligibility.domain.EligibilityCheck;
import io.revcycle.eligibility.domain.Relationship;
import io.revcycle.eligibility.service.InquiryPerson;
import io.revcycle.eligibility.service.VerifyEligibilityCommand;
import io.revcycle.events.CoverageInOrder;
import io.revcycle.events.EligibilityVerified;
import io.revcycle.events.FieldLimits;
import io.revcycle.events.Money;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.messaging.PermanentEventException;

/** Translates between the Avro contract and this service's commands and entities. */
public final class EligibilityEventMapper {


    private EligibilityEventMapper() {
    }

    /** Throws PermanentEventException for an event that can never be checked (straight to the DLQ). */
    public static VerifyEligibilityCommand toCommand(EncounterDocumented event) {
        if (event.getPatient() == null) {
            throw new PermanentEventException("EncounterDocumented " + event.getEventId() + " has no patient");
        }
        if (event.getDateOfService() == null) {
            throw new PermanentEventException("EncounterDocumented " + event.getEventId() + " has no dateOfService");
        }
        return new VerifyEligibilityCommand(
                id(event.getEncounterId(), "encounterId", FieldLimits.ENCOUNTER_ID, event),
                id(event.getPatient().getPatientId(), "patient.patientId", FieldLimits.PATIENT_ID, event),
                id(event.getPayerId(), "payerId", FieldLimits.PAYER_ID, event),
                // never echoed in errors: PHI
                memberId(event.getMemberId(), event),
                event.getDateOfService(),
                new InquiryPerson(event.getPatient().getLastName(), event.getPatient().getFirstName(),
                        event.getPatient().getDateOfBirth(), event.getPatient().getSex()),
                event.getBillingProviderNpi());
    }

    /** The check with the patient's order of benefits on its date of service (primary first). */
    public static EligibilityVerified toEligibilityVerified(EligibilityCheck check, List<CobPosition> order) {
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
                .setCopay(Money.exactOrNull(check.copay))
                .setCoinsurancePercent(Money.exactOrNull(check.coinsurancePercent))
                .setDeductibleRemaining(Money.exactOrNull(check.deductibleRemaining))
                .setOrderOfBenefits(order.stream().map(EligibilityEventMapper::coverageInOrder).toList())
                .build();
    }

    private static CoverageInOrder coverageInOrder(CobPosition p) {
        Coverage c = p.coverage();
        boolean self = c.relationship() == Relationship.SELF;
        return CoverageInOrder.newBuilder()
                .setPosition(p.position())
                .setPayerResponsibility(p.responsibility().name())
                .setPayerId(c.payerId)
                .setCoverageId(c.coverageId)
                .setPlanName(c.planName)
                .setGroupId(c.groupId)
                .setInsuranceType(c.insuranceType.name())
                .setRelationshipCode(c.relationshipCode)
                .setRule(p.rule().name())
                .setMemberId(c.memberId)
                // the subscriber's name only when it is someone else: the patient's own travels with the claim
                .setSubscriberFirstName(self ? null : c.subscriberFirstName)
                .setSubscriberLastName(self ? null : c.subscriberLastName)
                .build();
    }

    /** The platform's field limits (FieldLimits): a longer id could not be stored downstream, so it is rejected. */
    private static String id(String value, String field, int max, EncounterDocumented event) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new PermanentEventException("EncounterDocumented " + event.getEventId() + ": " + field
                    + " must be 1.." + max + " characters");
        }
        return value;
    }

    private static String memberId(String value, EncounterDocumented event) {
        if (value == null || value.length() > FieldLimits.MEMBER_ID) {
            throw new PermanentEventException("EncounterDocumented " + event.getEventId() + ": memberId must be at most "
                    + FieldLimits.MEMBER_ID + " characters");
        }
        return value;
    }
}
