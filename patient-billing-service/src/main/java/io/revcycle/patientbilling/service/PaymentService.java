package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.patientbilling.domain.PatientAccount;
import io.revcycle.patientbilling.domain.PatientPayment;
import io.revcycle.rest.ProblemException;

/** Records patient payments against the account balance; refuses what would overpay or repeat a reference. */
@ApplicationScoped
public class PaymentService {

    private static final Logger LOG = Logger.getLogger(PaymentService.class);

    private final BalanceEvents events;

    public PaymentService(BalanceEvents events) {
        this.events = events;
    }

    @Transactional
    public PatientPayment record(RecordPaymentCommand command) {
        BigDecimal amount = command.amount().setScale(2); // at most 2 decimals (validated): no rounding
        if (amount.signum() <= 0) {
            throw unprocessable("A payment amount must be greater than 0.00");
        }
        PatientAccount account = PatientAccount.lockExisting(command.patientId());
        if (account == null) {
            throw ProblemException.notFound("Account of patient", command.patientId());
        }
        if (command.reference() != null && PatientPayment.referenceUsed(account.patientId, command.reference())) {
            throw ProblemException.conflict("A payment with reference " + command.reference()
                    + " is already recorded on this account");
        }
        if (amount.compareTo(account.balance) > 0) {
            throw unprocessable("The payment of " + amount + " exceeds the balance of " + account.balance);
        }
        Instant now = Instant.now();
        account.balance = account.balance.subtract(amount);
        account.updatedAt = now;
        PatientPayment payment = new PatientPayment();
        payment.id = UUID.randomUUID();
        payment.amount = amount;
        payment.method = command.method();
        payment.reference = command.reference();
        payment.balanceAfter = account.balance;
        payment.receivedAt = now;
        account.addPayment(payment);
        payment.persist();
        // no claim pays here: the claim fields stay empty, paymentId says which payment and the patient keys it
        events.balanceChanged(new BalanceChange(payment.id, account.patientId, account.patientId, "", "",
                amount.negate(), account.balance, BalanceChange.Reason.PATIENT_PAYMENT, now, payment.id));
        LOG.infof("recorded payment %s of %s for patient %s", payment.id, payment.amount, account.patientId);
        return payment;
    }

    private static ProblemException unprocessable(String detail) {
        return new ProblemException(422, "Unprocessable Content", detail);
    }
}
