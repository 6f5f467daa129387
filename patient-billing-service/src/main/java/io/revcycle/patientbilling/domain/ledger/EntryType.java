package io.revcycle.patientbilling.domain.ledger;

/** What moved money, with the ledger it debits and the ledger it credits. */
public enum EntryType {
    CHARGE(LedgerAccount.INSURANCE_AR, LedgerAccount.CHARGES),
    INSURANCE_PAYMENT(LedgerAccount.CASH, LedgerAccount.INSURANCE_AR),
    CONTRACTUAL_ADJUSTMENT(LedgerAccount.CONTRACTUAL, LedgerAccount.INSURANCE_AR),
    TRANSFER_DEDUCTIBLE(LedgerAccount.PATIENT_AR, LedgerAccount.INSURANCE_AR),
    TRANSFER_COINSURANCE(LedgerAccount.PATIENT_AR, LedgerAccount.INSURANCE_AR),
    TRANSFER_COPAY(LedgerAccount.PATIENT_AR, LedgerAccount.INSURANCE_AR),
    TRANSFER_NONCOVERED(LedgerAccount.PATIENT_AR, LedgerAccount.INSURANCE_AR),
    PATIENT_PAYMENT(LedgerAccount.CASH, LedgerAccount.PATIENT_AR),
    /** A credit (unallocated, or left on an encounter by a reversal) moved onto what the patient owes elsewhere. */
    CREDIT_APPLIED(LedgerAccount.PATIENT_AR, LedgerAccount.PATIENT_AR),
    REFUND(LedgerAccount.PATIENT_AR, LedgerAccount.CASH),
    WRITE_OFF_BAD_DEBT(LedgerAccount.WRITE_OFFS, LedgerAccount.PATIENT_AR),
    WRITE_OFF_CHARITY(LedgerAccount.WRITE_OFFS, LedgerAccount.PATIENT_AR),
    WRITE_OFF_SMALL_BALANCE(LedgerAccount.WRITE_OFFS, LedgerAccount.PATIENT_AR),
    WRITE_OFF_ADMINISTRATIVE(LedgerAccount.WRITE_OFFS, LedgerAccount.PATIENT_AR),
    TRANSFER_TO_COLLECTIONS(LedgerAccount.COLLECTIONS_AR, LedgerAccount.PATIENT_AR),
    TRANSFER_FROM_COLLECTIONS(LedgerAccount.PATIENT_AR, LedgerAccount.COLLECTIONS_AR),
    AGENCY_PAYMENT(LedgerAccount.CASH, LedgerAccount.COLLECTIONS_AR),
    OPENING_BALANCE(LedgerAccount.PATIENT_AR, LedgerAccount.OPENING_BALANCES);

    private final LedgerAccount debit;
    private final LedgerAccount credit;

    EntryType(LedgerAccount debit, LedgerAccount credit) {
        this.debit = debit;
        this.credit = credit;
    }

    public LedgerAccount debit() {
        return debit;
    }

    public LedgerAccount credit() {
        return credit;
    }

    public boolean isTransferToPatient() {
        return name().startsWith("TRANSFER_") && debit == LedgerAccount.PATIENT_AR && credit == LedgerAccount.INSURANCE_AR;
    }

    public boolean isWriteOff() {
        return debit == LedgerAccount.WRITE_OFFS;
    }

    /** The transfer for a patient-responsibility CARC (group PR): 1 deductible, 2 coinsurance, 3 co-payment. */
    public static EntryType transferFor(String reasonCode) {
        return switch (reasonCode) {
            case "1" -> TRANSFER_DEDUCTIBLE;
            case "2" -> TRANSFER_COINSURANCE;
            case "3" -> TRANSFER_COPAY;
            default -> TRANSFER_NONCOVERED;
        };
    }
}
