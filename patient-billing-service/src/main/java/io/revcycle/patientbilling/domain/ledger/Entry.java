package io.revcycle.patientbilling.domain.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One side of a posting: an amount (debit positive, credit negative) on a ledger of one guarantor account, for an
 * encounter of one of its patients (encounter null: a patient credit not yet allocated to an encounter).
 *
 * @param reference the payment, refund or other request that caused it (null for claim postings)
 */
public record Entry(UUID postingId, EntryType type, LedgerAccount ledger, String patientId, String encounterId,
        String claimId, Integer lineNumber, String procedureCode, String reasonCode, String reference,
        BigDecimal amount, Instant at) {

    /** The patient share this entry transfers: line, procedure and CARC (unit separator: X12 data never holds it). */
    public String shareKey() {
        return lineNumber + "\u001f" + procedureCode + "\u001f" + reasonCode;
    }
}
