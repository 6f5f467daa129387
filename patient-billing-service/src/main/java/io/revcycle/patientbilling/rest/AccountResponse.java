package io.revcycle.patientbilling.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.revcycle.patientbilling.domain.AccountLine;
import io.revcycle.patientbilling.domain.PatientAccount;
import io.revcycle.patientbilling.domain.PatientPayment;

/** A patient's account: balance, the patient shares billed and the payments made. */
public record AccountResponse(String patientId, BigDecimal balance, List<Line> lines, List<Payment> payments) {

    public record Line(String claimId, String encounterId, int lineNumber, String procedureCode, String reasonCode,
            String reason, BigDecimal amount, Instant postedAt) {

        static Line from(AccountLine l) {
            return new Line(l.claimId, l.encounterId, l.lineNumber, l.procedureCode, l.reasonCode, l.reason, l.amount,
                    l.postedAt);
        }
    }

    public record Payment(UUID paymentId, BigDecimal amount, String method, String reference, BigDecimal balanceAfter,
            Instant receivedAt) {

        static Payment from(PatientPayment p) {
            return new Payment(p.id, p.amount, p.method, p.reference, p.balanceAfter, p.receivedAt);
        }
    }

    static AccountResponse from(PatientAccount a) {
        return new AccountResponse(a.patientId, a.balance, a.lines.stream().map(Line::from).toList(),
                a.payments.stream().map(Payment::from).toList());
    }
}
