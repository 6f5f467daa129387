package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.patientbilling.domain.PatientPayment;
import io.revcycle.patientbilling.domain.ledger.EntryType;
import io.revcycle.patientbilling.domain.ledger.Posting;
import io.revcycle.rest.ProblemException;

/**
 * Records payments toward a guarantor account (card, check, cash, online, lockbox: recorded, never processed):
 * allocated to the chosen encounter first, then oldest first; an overpayment stays on the account as a credit.
 */
@ApplicationScoped
public class PaymentService {

    private static final Logger LOG = Logger.getLogger(PaymentService.class);

    private final BalanceEvents events;
    private final LedgerBook book;
    private final PaymentPlans plans;
    private final Clock clock;

    public PaymentService(BalanceEvents events, LedgerBook book, PaymentPlans plans, Clock clock) {
        this.events = events;
        this.book = book;
        this.plans = plans;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PatientPayment record(RecordPaymentCommand command) {
        BigDecimal amount = command.amount().setScale(2); // at most 2 decimals (validated): no rounding
        if (amount.signum() <= 0) {
            throw unprocessable("A payment amount must be greater than 0.00");
        }
        LedgerBook.Opened opened = book.openExisting(command.patientId());
        if (command.reference() != null && PatientPayment.referenceUsed(command.patientId(), command.reference())) {
            throw ProblemException.conflict("A payment with reference " + command.reference()
                    + " is already recorded on this account");
        }
        if (command.encounterId() != null && opened.ledger().encounters().stream()
                .noneMatch(e -> e.encounterId().equals(command.encounterId()))) {
            throw unprocessable("Encounter " + command.encounterId() + " is not on this account");
        }
        Instant now = clock.instant();
        UUID paymentId = UUID.randomUUID();
        Posting posting = opened.ledger().pay(paymentId, EntryType.PATIENT_PAYMENT, command.patientId(),
                paymentId.toString(), amount, command.encounterId(), now);
        book.store(opened, posting);
        PatientPayment payment = new PatientPayment();
        payment.id = paymentId;
        payment.amount = amount;
        payment.method = command.method();
        payment.reference = command.reference();
        payment.balanceAfter = opened.ledger().owed();
        payment.receivedAt = now;
        opened.patient().addPayment(payment);
        payment.persist();
        // no claim pays here: the claim fields stay empty, paymentId says which payment, the account keys it
        events.balanceChanged(new BalanceChange(paymentId, opened.account().accountId, command.patientId(), "", "",
                posting.patientChange(), payment.balanceAfter, BalanceChange.Reason.PATIENT_PAYMENT, now, paymentId,
                posting.id()));
        plans.paymentReceived(opened.account().accountId, amount, payment.balanceAfter, now);
        LOG.infof("recorded payment %s of %s on guarantor account %s", payment.id, payment.amount,
                opened.account().accountId);
        return payment;
    }

    static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "Unprocessable Content", detail);
    }
}
