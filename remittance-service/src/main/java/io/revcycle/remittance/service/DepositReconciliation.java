package io.revcycle.remittance.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.revcycle.remittance.domain.BankDeposit;
import io.revcycle.remittance.domain.ClaimPayment;
import io.revcycle.remittance.domain.ProviderAdjustment;
import io.revcycle.remittance.domain.RemittanceTransaction;

/**
 * Deposits against postings: each 835 payment (BPR02, by its TRN02 trace number) should equal what was posted from it,
 * the claim payments posted minus the provider-level adjustments; the bank's deposit with the same trace number should
 * equal the payment. Either difference is shown, never hidden: an unmatched claim payment leaves the deposit short of
 * its postings until the claim is matched.
 */
@ApplicationScoped
public class DepositReconciliation {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    /** RECONCILED: the payment equals its postings; UNRECONCILED: it does not (see difference). */
    public enum PostingStatus {
        RECONCILED, UNRECONCILED
    }

    /** MATCHED: the bank deposited the payment's amount; AMOUNT_DIFFERS; NOT_DEPOSITED: no bank deposit yet. */
    public enum BankStatus {
        MATCHED, AMOUNT_DIFFERS, NOT_DEPOSITED
    }

    public record Deposit(String traceNumber, String payerId, String payerName, String paymentMethod,
            LocalDate paymentDate, BigDecimal paymentAmount, BigDecimal postedClaimPayments,
            BigDecimal unpostedClaimPayments, BigDecimal providerAdjustments, BigDecimal postedTotal,
            BigDecimal difference, PostingStatus status, BigDecimal bankAmount, LocalDate bankDepositDate,
            BankStatus bankStatus, BigDecimal bankDifference) {
    }

    public record RecordBankDepositCommand(String traceNumber, BigDecimal amount, LocalDate depositDate) {
    }

    /** {@code withheld}: the sum, positive when the payers kept money back; {@code byReason}: the same per PLB reason. */
    public record ProviderAccount(String providerId, BigDecimal withheld, Map<String, BigDecimal> byReason,
            List<Adjustment> adjustments) {
    }

    /** One PLB adjustment with the 835 payment (trace number) and file it came in. */
    public record Adjustment(String reason, String reference, BigDecimal amount, LocalDate fiscalPeriodDate,
            String traceNumber, String fileId, Instant postedAt) {
    }

    private final EntityManager em;

    public DepositReconciliation(EntityManager em) {
        this.em = em;
    }

    /** Deposits of the newest 835 payments first (at most {@code limit} trace numbers). */
    @Transactional
    public List<Deposit> deposits(int limit) {
        List<String> traces = em.createQuery("""
                select t.traceNumber from RemittanceTransaction t
                 where t.traceNumber is not null and t.file.status = io.revcycle.remittance.domain.RemittanceFile.Status.ACCEPTED
                 group by t.traceNumber order by max(t.id) desc
                """, String.class).setMaxResults(limit).getResultList();
        List<Deposit> out = new ArrayList<>(traces.size());
        for (String trace : traces) {
            deposit(trace).ifPresent(out::add);
        }
        return out;
    }

    /** The 835 payments with this trace number taken together (a payer may split one deposit over several). */
    @Transactional
    public Optional<Deposit> deposit(String traceNumber) {
        List<RemittanceTransaction> txs = em.createQuery("""
                from RemittanceTransaction t where t.traceNumber = :trace
                 and t.file.status = io.revcycle.remittance.domain.RemittanceFile.Status.ACCEPTED order by t.id
                """, RemittanceTransaction.class).setParameter("trace", traceNumber).getResultList();
        if (txs.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal payment = ZERO;
        BigDecimal posted = ZERO;
        BigDecimal unposted = ZERO;
        BigDecimal plb = ZERO;
        for (RemittanceTransaction tx : txs) {
            payment = payment.add(tx.paymentAmount);
            for (ClaimPayment p : tx.claimPayments) {
                if (p.disposition == ClaimPayment.Disposition.POSTED) {
                    posted = posted.add(p.paid);
                } else {
                    unposted = unposted.add(p.paid);
                }
            }
            for (ProviderAdjustment a : tx.providerAdjustments) {
                plb = plb.add(a.amount);
            }
        }
        BigDecimal paid = payment;
        BigDecimal postedTotal = posted.subtract(plb);
        BigDecimal difference = payment.subtract(postedTotal);
        RemittanceTransaction first = txs.get(0);
        Optional<BankDeposit> bank = BankDeposit.byTraceNumber(traceNumber);
        BankStatus bankStatus = bank.isEmpty() ? BankStatus.NOT_DEPOSITED
                : bank.get().amount.compareTo(payment) == 0 ? BankStatus.MATCHED : BankStatus.AMOUNT_DIFFERS;
        return Optional.of(new Deposit(traceNumber, first.payerId, first.payerName, first.paymentMethod,
                first.paymentDate, payment, posted, unposted, plb, postedTotal, difference,
                difference.signum() == 0 ? PostingStatus.RECONCILED : PostingStatus.UNRECONCILED,
                bank.map(b -> b.amount).orElse(null), bank.map(b -> b.depositDate).orElse(null), bankStatus,
                bank.map(b -> b.amount.subtract(paid)).orElse(null)));
    }

    /** Records the bank's deposit once per trace number; empty when that trace number already has one. */
    @Transactional
    public Optional<BankDeposit> recordBankDeposit(RecordBankDepositCommand command) {
        if (BankDeposit.byTraceNumber(command.traceNumber()).isPresent()) {
            return Optional.empty();
        }
        BankDeposit d = new BankDeposit();
        d.traceNumber = command.traceNumber();
        d.amount = command.amount();
        d.depositDate = command.depositDate();
        d.enteredAt = Instant.now();
        d.persist();
        return Optional.of(d);
    }

    /** What the payers withheld from (positive) or added to (negative) this provider's payments, newest first. */
    @Transactional
    public ProviderAccount providerAccount(String providerId) {
        List<Adjustment> adjustments = new ArrayList<>();
        BigDecimal withheld = ZERO;
        Map<String, BigDecimal> byReason = new LinkedHashMap<>();
        for (ProviderAdjustment a : ProviderAdjustment.ofProvider(providerId)) {
            withheld = withheld.add(a.amount);
            byReason.merge(a.reason, a.amount, BigDecimal::add);
            adjustments.add(new Adjustment(a.reason, a.reference, a.amount, a.fiscalPeriodDate,
                    a.transaction.traceNumber, a.transaction.file.fileId, a.postedAt));
        }
        return new ProviderAccount(providerId, withheld, byReason, adjustments);
    }

}
