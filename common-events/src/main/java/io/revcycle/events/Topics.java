package io.revcycle.events;

import java.util.List;

/** Kafka topic names: the public contract health systems integrate with. */
public final class Topics {
    public static final String ENCOUNTER_DOCUMENTED = "revcycle.encounter.documented";
    public static final String ELIGIBILITY_VERIFIED = "revcycle.eligibility.verified";
    /** claims-service asks for a fresh eligibility check before sending a claim whose last one is too old. */
    public static final String ELIGIBILITY_REVERIFICATION_REQUESTED = "revcycle.eligibility.reverification-requested";
    public static final String ENCOUNTER_CODED = "revcycle.encounter.coded";
    public static final String CLAIM_SUBMITTED = "revcycle.claim.submitted";
    public static final String PAYER_REMITTANCE = "revcycle.payer.remittance";
    public static final String CLAIM_ADJUDICATED = "revcycle.claim.adjudicated";
    public static final String DENIAL_RAISED = "revcycle.claim.denied";
    public static final String PATIENT_BALANCE_CHANGED = "revcycle.patient.balance-changed";
    /** A statement of a guarantor account issued in a statement cycle (patient-billing-service). */
    public static final String PATIENT_STATEMENT_ISSUED = "revcycle.patient.statement-issued";
    /** A guarantor account's payment plan: created, installment paid or missed, defaulted, completed, cancelled. */
    public static final String PAYMENT_PLAN_CHANGED = "revcycle.patient.payment-plan";
    /** A guarantor account placed with a collection agency, an agency payment, a recall. */
    public static final String PATIENT_COLLECTIONS = "revcycle.patient.collections";
    /** An encounter's point-of-service estimate of the patient's share, before the payer adjudicates (eligibility). */
    public static final String PATIENT_ESTIMATED = "revcycle.patient.estimated";
    public static final String CLAIM_ACKNOWLEDGED = "revcycle.claim.acknowledged";
    public static final String CLAIM_REJECTED = "revcycle.claim.rejected";
    /** A claim held before it could be sent (coverage inactive, a code without a price): claims-service. */
    public static final String CLAIM_HELD = "revcycle.claim.held";
    /** What was done about a denial (assign, note, correct, void, appeal, write off, resolve). */
    public static final String DENIAL_ACTION = "revcycle.claim.denial-action";
    /** A physician (CDI) documentation query raised by coding, and the physician's answer. */
    public static final String CODING_QUERY_RAISED = "revcycle.coding.query-raised";
    public static final String CODING_QUERY_ANSWERED = "revcycle.coding.query-answered";
    /** A coder completed (with an outcome) or released a denial re-review: claims-service returns the denial. */
    public static final String CODING_DENIAL_REVIEW = "revcycle.coding.denial-review";
    /** The payer directory's entries (eligibility-service), compacted: the latest entry per payer. */
    public static final String PAYER_DIRECTORY = "revcycle.payer.directory";
    /** X12 files the provider sends to payers (837 today; 270 and 276 later), as EdiInterchange. */
    public static final String EDI_TO_PAYER = "revcycle.edi.to-payer";
    /** X12 files payers and clearinghouses send back (999, 277CA, 835; 271 and 277 later), as EdiInterchange. */
    public static final String EDI_FROM_PAYER = "revcycle.edi.from-payer";

    public static final List<String> ALL = List.of(ENCOUNTER_DOCUMENTED, ELIGIBILITY_VERIFIED, ENCOUNTER_CODED,
            CLAIM_SUBMITTED, PAYER_REMITTANCE, CLAIM_ADJUDICATED, DENIAL_RAISED, PATIENT_BALANCE_CHANGED, CLAIM_ACKNOWLEDGED,
            CLAIM_REJECTED, CLAIM_HELD, DENIAL_ACTION, EDI_TO_PAYER, EDI_FROM_PAYER, CODING_QUERY_RAISED, CODING_QUERY_ANSWERED,
            CODING_DENIAL_REVIEW,
            PATIENT_STATEMENT_ISSUED, PAYMENT_PLAN_CHANGED, PATIENT_COLLECTIONS, PATIENT_ESTIMATED,
            PAYER_DIRECTORY, ELIGIBILITY_REVERIFICATION_REQUESTED);

    /** Topics whose records carry whole files: created with a larger max.message.bytes. */
    public static final List<String> FILE_TOPICS = List.of(EDI_TO_PAYER, EDI_FROM_PAYER);

    /** Every consumed topic has one dead-letter topic; the consumer's name travels in a header. */
    public static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
