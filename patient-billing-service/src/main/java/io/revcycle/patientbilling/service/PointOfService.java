package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.patientbilling.domain.EncounterEstimate;
import io.revcycle.patientbilling.domain.LedgerEntry;
import io.revcycle.patientbilling.domain.PatientAccount;
import io.revcycle.patientbilling.domain.PatientPayment;
import io.revcycle.patientbilling.domain.PointOfServicePayment;
import io.revcycle.patientbilling.domain.ledger.AccountLedger;
import io.revcycle.patientbilling.domain.ledger.Posting;
import io.revcycle.rest.ProblemException;

/**
 * Point-of-service collection: the newest estimate of each encounter's patient share (from eligibility-service), and
 * payments taken against it before the payer adjudicates. Such a payment is posted on the encounter itself and waits
 * there for the claim's patient shares (the ledger keeps it while the encounter awaits its adjudication); what it
 * exceeds the final share by becomes the account's credit.
 */
@ApplicationScoped
public class PointOfService {

    private static final Logger LOG = Logger.getLogger(PointOfService.class);

    private final LedgerBook book;
    private final BalanceEvents events;
    private final PaymentPlans plans;
    private final Clock clock;

    public PointOfService(LedgerBook book, BalanceEvents events, PaymentPlans plans, Clock clock) {
        this.book = book;
        this.events = events;
        this.plans = plans;
        this.clock = clock;
    }

    /** Keeps the newest estimate of the encounter; an older one arriving late changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(RecordEstimateCommand c) {
        EncounterEstimate e = EncounterEstimate.findById(c.encounterId());
        if (e != null && !c.estimatedAt().isAfter(e.estimatedAt)) {
            LOG.debugf("estimate %s of encounter %s is not newer than the one kept", c.eventId(), c.encounterId());
            return;
        }
        boolean first = e == null;
        if (first) {
            e = new EncounterEstimate();
            e.encounterId = c.encounterId();
        }
        e.patientId = c.patientId();
        e.payerId = c.payerId();
        e.checkId = c.checkId();
        e.expectedAllowed = c.expectedAllowed();
        e.deductible = c.deductible();
        e.copay = c.copay();
        e.coinsurance = c.coinsurance();
        e.patientShare = c.patientShare();
        e.expectedPayerPayment = c.expectedPayerPayment();
        e.estimatedAt = c.estimatedAt();
        e.eventId = c.eventId();
        if (first) {
            e.persist(); // filled first: the insert takes the state persist saw
        }
    }

    /** What the front desk sees: the estimate, what was collected against it, and the encounter's balance now. */
    public record Status(EncounterEstimate estimate, List<Collected> payments, BigDecimal collected,
            boolean adjudicated, BigDecimal encounterOwes, BigDecimal accountOwes) {
    }

    public record Collected(UUID paymentId, BigDecimal amount, String method, String reference, Instant receivedAt) {
    }

    /** 404 problem when no estimate of the encounter has arrived. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Status status(String encounterId) {
        EncounterEstimate estimate = estimate(encounterId);
        PatientAccount patient = PatientAccount.findById(estimate.patientId);
        AccountLedger ledger = patient == null ? new AccountLedger("", List.of())
                : new AccountLedger(patient.guarantorAccountId, LedgerEntry.ofAccount(patient.guarantorAccountId));
        return status(estimate, ledger);
    }

    /**
     * Takes a payment against the encounter's estimate (recorded, never processed), in the caller's transaction:
     * posted on the encounter, announced as PatientBalanceChanged (PATIENT_PAYMENT) and counted by a payment plan.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Status collect(String encounterId, BigDecimal amount, String method, String reference) {
        BigDecimal exact = amount.setScale(2); // at most 2 decimals (validated): no rounding
        if (exact.signum() <= 0) {
            throw PaymentService.unprocessable("A payment amount must be greater than 0.00");
        }
        EncounterEstimate estimate = estimate(encounterId);
        LedgerBook.Opened opened = book.openFor(estimate.patientId);
        if (reference != null && PatientPayment.referenceUsed(estimate.patientId, reference)) {
            throw ProblemException.conflict("A payment with reference " + reference
                    + " is already recorded on this account");
        }
        Instant now = clock.instant();
        UUID paymentId = UUID.randomUUID();
        Posting posting = opened.ledger().prepay(paymentId, estimate.patientId, paymentId.toString(), exact,
                encounterId, now);
        book.store(opened, posting);
        // taken after the claim posted: what exceeds the encounter's share becomes credit at once
        book.applyCredits(opened, LedgerBook.stableId("point-of-service-credits", paymentId.toString()), now);
        PatientPayment payment = new PatientPayment();
        payment.id = paymentId;
        payment.amount = exact;
        payment.method = method;
        payment.reference = reference;
        payment.balanceAfter = opened.ledger().owed();
        payment.receivedAt = now;
        opened.patient().addPayment(payment);
        payment.persist();
        PointOfServicePayment pos = new PointOfServicePayment();
        pos.paymentId = paymentId;
        pos.encounterId = encounterId;
        pos.estimatedShare = estimate.patientShare;
        pos.receivedAt = now;
        pos.persist();
        String accountId = opened.account().accountId;
        events.balanceChanged(new BalanceChange(paymentId, accountId, estimate.patientId, "", "",
                posting.patientChange(), payment.balanceAfter, BalanceChange.Reason.PATIENT_PAYMENT, now, paymentId,
                posting.id()));
        plans.paymentReceived(accountId, exact, payment.balanceAfter, now);
        LOG.infof("point-of-service payment %s of %s against the estimate of encounter %s (account %s)", paymentId,
                exact, encounterId, accountId);
        return status(estimate, opened.ledger());
    }

    private static EncounterEstimate estimate(String encounterId) {
        EncounterEstimate estimate = EncounterEstimate.findById(encounterId);
        if (estimate == null) {
            throw ProblemException.notFound("Point-of-service estimate of encounter", encounterId);
        }
        return estimate;
    }

    private static Status status(EncounterEstimate estimate, AccountLedger ledger) {
        List<Collected> payments = PointOfServicePayment.ofEncounter(estimate.encounterId).stream()
                .map(p -> {
                    PatientPayment paid = PatientPayment.findById(p.paymentId);
                    return new Collected(p.paymentId, paid.amount, paid.method, paid.reference, p.receivedAt);
                }).toList();
        BigDecimal collected = payments.stream().map(Collected::amount).reduce(AccountLedger.ZERO, BigDecimal::add);
        Optional<AccountLedger.EncounterBalance> balance = ledger.encounters().stream()
                .filter(b -> b.encounterId().equals(estimate.encounterId)).findFirst();
        boolean adjudicated = balance.map(b -> b.charges().signum() != 0).orElse(false);
        return new Status(estimate, payments, collected, adjudicated,
                balance.map(AccountLedger.EncounterBalance::patientOwes).orElse(AccountLedger.ZERO), ledger.owed());
    }
}
