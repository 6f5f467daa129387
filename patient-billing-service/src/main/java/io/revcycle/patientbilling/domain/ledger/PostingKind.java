package io.revcycle.patientbilling.domain.ledger;

/** Why entries were posted together. */
public enum PostingKind {
    /** A claim's adjudication (or a later posting of it: further payment, reversal, correction). */
    CLAIM_ADJUDICATION,
    PATIENT_PAYMENT,
    /** Credits moved onto open encounters (after a reversal, an overpayment or a recall). */
    CREDIT_APPLICATION,
    REFUND,
    WRITE_OFF,
    COLLECTIONS_PLACEMENT,
    COLLECTIONS_RECALL,
    AGENCY_PAYMENT,
    OPENING_BALANCE
}
