package io.revcycle.patientbilling.domain.ledger;

/** A money operation the ledger's rules refuse (more than is owed or held, not a positive amount). */
public class LedgerRuleException extends RuntimeException {

    public LedgerRuleException(String message) {
        super(message);
    }
}
