package io.revcycle.patientbilling.rest;

import java.math.BigDecimal;
import java.time.Instant;

import io.revcycle.patientbilling.domain.ledger.AccountLedger;

/** One encounter's money: charged, paid by the payer, adjusted by contract, owed by the patient (some in collections). */
public record EncounterView(String patientId, String encounterId, Instant firstPosted, BigDecimal charges,
        BigDecimal insurancePaid, BigDecimal adjustments, BigDecimal patientOwes, BigDecimal inCollections) {

    static EncounterView from(AccountLedger.EncounterBalance e) {
        return new EncounterView(e.patientId(), e.encounterId(), e.firstPosted(), e.charges(), e.insurancePaid(),
                e.adjustments(), e.patientOwes(), e.inCollections());
    }
}
