package io.revcycle.patientbilling.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.revcycle.patientbilling.domain.LedgerEntry;
import io.revcycle.patientbilling.domain.PatientPayment;
import io.revcycle.patientbilling.domain.PatientShareReason;
import io.revcycle.patientbilling.domain.ledger.LedgerAccount;
import io.revcycle.patientbilling.service.AccountQueries;

/**
 * A patient's account: what the patient owes (balance), their guarantor account and what it owes, the patient shares
 * billed (lines), the payments made and the patient's encounters; every amount summed from ledger entries.
 */
public record AccountResponse(String patientId, String accountId, BigDecimal balance, BigDecimal accountBalance,
        BigDecimal creditBalance, List<Line> lines, List<Payment> payments, List<EncounterView> encounters) {

    /** A transfer of a patient share (deductible, coinsurance, co-payment, non-covered) to patient responsibility. */
    public record Line(String claimId, String encounterId, int lineNumber, String procedureCode, String reasonCode,
            String reason, BigDecimal amount, Instant postedAt) {

        static Line from(LedgerEntry e) {
            return new Line(e.claimId, e.encounterId, e.lineNumber, e.procedureCode, e.reasonCode,
                    PatientShareReason.labelOf(e.reasonCode), e.amount, e.postedAt);
        }
    }

    public record Payment(UUID paymentId, BigDecimal amount, String method, String reference, BigDecimal balanceAfter,
            Instant receivedAt) {

        static Payment from(PatientPayment p) {
            return new Payment(p.id, p.amount, p.method, p.reference, p.balanceAfter, p.receivedAt);
        }
    }

    static AccountResponse from(AccountQueries.PatientView v) {
        String patientId = v.patient().patientId;
        List<Line> lines = v.entries().stream().filter(e -> e.ledger == LedgerAccount.PATIENT_AR
                && e.entryType.isTransferToPatient()).map(Line::from).toList();
        return new AccountResponse(patientId, v.patient().guarantorAccountId, v.ledger().owedBy(patientId),
                v.ledger().owed(), v.ledger().unallocatedCredit(), lines,
                v.patient().payments.stream().map(Payment::from).toList(),
                v.ledger().encounters().stream().filter(e -> patientId.equals(e.patientId()))
                        .map(EncounterView::from).toList());
    }
}
