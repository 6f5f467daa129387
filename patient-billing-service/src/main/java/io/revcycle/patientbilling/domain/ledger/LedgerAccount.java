package io.revcycle.patientbilling.domain.ledger;

/**
 * The ledgers every guarantor account's entries post to. Debits are positive amounts, credits negative, so a posting
 * balances when its amounts add up to zero. What the guarantor owes is {@link #PATIENT_AR} plus {@link #COLLECTIONS_AR}.
 */
public enum LedgerAccount {
    /** Charges billed and not yet settled by the payer. */
    INSURANCE_AR,
    /** What the patient owes (negative: a credit balance the practice owes the patient). */
    PATIENT_AR,
    /** What the patient owes and a collection agency works. */
    COLLECTIONS_AR,
    /** Gross charges (revenue). */
    CHARGES,
    /** Contractual allowances the payer's contract takes off. */
    CONTRACTUAL,
    /** Money received (payer, patient, agency) or paid out (refunds). */
    CASH,
    /** Bad debt, charity/financial assistance, small-balance and administrative write-offs. */
    WRITE_OFFS,
    /** Balances carried over from before the ledger (migration V3). */
    OPENING_BALANCES
}
