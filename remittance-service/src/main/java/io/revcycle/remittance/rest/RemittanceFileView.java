package io.revcycle.remittance.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.revcycle.remittance.domain.RemittanceFile;
import io.revcycle.remittance.domain.RemittanceTransaction;

/**
 * An 835 file: ACCEPTED, or REJECTED whole with its findings in words. {@code transactions} (BPR, TRN, payer and the
 * claim payments) only in the detail view, null in the list.
 */
public record RemittanceFileView(String fileId, String fileName, String senderId, String interchangeControlNumber,
        RemittanceFile.Status status, int errorCount, List<String> findings, int transactionCount, int claimCount,
        Instant receivedAt, List<Transaction> transactions) {

    public record Transaction(int seq, String controlNumber, String handlingCode, BigDecimal paymentAmount,
            String creditDebit, String paymentMethod, LocalDate paymentDate, LocalDate productionDate,
            String traceNumber,
            String traceOriginatorId, String payerId, String payerName, int claimCount,
            List<ClaimPaymentView> claimPayments) {

        static Transaction from(RemittanceTransaction t) {
            return new Transaction(t.seq, t.controlNumber, t.handlingCode, t.paymentAmount, t.creditDebit,
                    t.paymentMethod, t.paymentDate, t.productionDate, t.traceNumber, t.traceOriginatorId, t.payerId, t.payerName,
                    t.claimCount, t.claimPayments.stream().map(ClaimPaymentView::from).toList());
        }
    }

    static RemittanceFileView of(RemittanceFile f, boolean detail) {
        return new RemittanceFileView(f.fileId, f.fileName, f.senderId, f.interchangeControlNumber, f.status,
                f.errorCount, f.findingLines(), f.transactionCount, f.claimCount, f.receivedAt,
                detail ? f.transactions.stream().map(Transaction::from).toList() : null);
    }
}
