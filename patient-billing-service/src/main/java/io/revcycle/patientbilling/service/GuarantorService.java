package io.revcycle.patientbilling.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.revcycle.patientbilling.domain.GuarantorAccount;
import io.revcycle.patientbilling.domain.LedgerEntry;
import io.revcycle.patientbilling.domain.PatientAccount;
import io.revcycle.rest.ProblemException;

/** Puts patients under the guarantor account that pays for them. */
@ApplicationScoped
public class GuarantorService {

    private final Clock clock;

    public GuarantorService(Clock clock) {
        this.clock = clock;
    }

    /**
     * Links a patient to a guarantor account (created on first use). A patient with ledger entries on another account
     * keeps them there: moving posted money between guarantors is refused (409) rather than rewritten.
     */
    @Transactional
    public void link(String accountId, String patientId) {
        Instant now = clock.instant();
        GuarantorAccount account = GuarantorAccount.lockOrCreate(accountId);
        PatientAccount patient = PatientAccount.findById(patientId);
        if (patient == null) {
            patient = new PatientAccount();
            patient.patientId = patientId;
            patient.guarantorAccountId = accountId;
            patient.createdAt = now;
            patient.updatedAt = now;
            patient.persist();
        } else if (!patient.guarantorAccountId.equals(accountId)) {
            if (LedgerEntry.count("patientId", patientId) > 0) {
                throw ProblemException.conflict("Patient " + patientId + " already has ledger entries on guarantor account "
                        + patient.guarantorAccountId);
            }
            patient.guarantorAccountId = accountId;
            patient.updatedAt = now;
        }
        account.updatedAt = now;
    }
}
