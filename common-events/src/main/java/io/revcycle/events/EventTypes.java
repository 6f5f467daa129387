package io.revcycle.events;

import java.util.Map;

import org.apache.avro.specific.SpecificRecord;

/** The value type of every topic: what the registry holds as {@code <topic>-value} (the serdes' topic strategy). */
public final class EventTypes {

    public static final Map<String, Class<? extends SpecificRecord>> BY_TOPIC = Map.ofEntries(
            Map.entry(Topics.ENCOUNTER_DOCUMENTED, EncounterDocumented.class),
            Map.entry(Topics.ELIGIBILITY_VERIFIED, EligibilityVerified.class),
            Map.entry(Topics.ENCOUNTER_CODED, EncounterCoded.class),
            Map.entry(Topics.CLAIM_SUBMITTED, ClaimSubmitted.class),
            Map.entry(Topics.PAYER_REMITTANCE, RemittanceReceived.class),
            Map.entry(Topics.CLAIM_ADJUDICATED, ClaimAdjudicated.class),
            Map.entry(Topics.DENIAL_RAISED, DenialRaised.class),
            Map.entry(Topics.PATIENT_BALANCE_CHANGED, PatientBalanceChanged.class),
            Map.entry(Topics.CLAIM_ACKNOWLEDGED, ClaimAcknowledged.class),
            Map.entry(Topics.CLAIM_REJECTED, ClaimRejected.class),
            Map.entry(Topics.CLAIM_HELD, ClaimHeld.class),
            Map.entry(Topics.DENIAL_ACTION, DenialActionTaken.class),
            Map.entry(Topics.EDI_TO_PAYER, EdiInterchange.class),
            Map.entry(Topics.EDI_FROM_PAYER, EdiInterchange.class),
            Map.entry(Topics.CODING_QUERY_RAISED, CodingQueryRaised.class),
            Map.entry(Topics.CODING_QUERY_ANSWERED, CodingQueryAnswered.class),
            Map.entry(Topics.CODING_DENIAL_REVIEW, DenialReviewChanged.class),
            Map.entry(Topics.PATIENT_STATEMENT_ISSUED, PatientStatementIssued.class),
            Map.entry(Topics.PAYMENT_PLAN_CHANGED, PaymentPlanChanged.class),
            Map.entry(Topics.PATIENT_COLLECTIONS, CollectionsStatusChanged.class),
            Map.entry(Topics.PATIENT_ESTIMATED, PatientEstimated.class),
            Map.entry(Topics.PAYER_DIRECTORY, PayerDirectoryUpdated.class),
            Map.entry(Topics.ELIGIBILITY_REVERIFICATION_REQUESTED, EligibilityReverificationRequested.class));

    private EventTypes() {
    }
}
