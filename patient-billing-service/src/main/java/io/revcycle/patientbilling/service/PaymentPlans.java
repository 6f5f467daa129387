package io.revcycle.patientbilling.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.revcycle.patientbilling.config.BillingConfig;
import io.revcycle.patientbilling.domain.PaymentPlan;
import io.revcycle.patientbilling.domain.ledger.AccountLedger;
import io.revcycle.patientbilling.domain.ledger.LedgerAccount;
import io.revcycle.patientbilling.domain.plan.InstallmentSchedule;
import io.revcycle.rest.ProblemException;

/**
 * Payment plans: what an account owes spread over monthly installments, filled by the account's payments as they
 * come; an evaluation (daily, and before each statement cycle and collections run) finds missed installments and
 * defaults a plan once one stays missed past the grace period. An active plan pauses dunning on statements.
 */
@ApplicationScoped
public class PaymentPlans {

    private final LedgerBook book;
    private final PlanEvents events;
    private final BillingConfig.Plans config;
    private final Clock clock;

    public PaymentPlans(LedgerBook book, PlanEvents events, BillingConfig config, Clock clock) {
        this.book = book;
        this.events = events;
        this.config = config.plans();
        this.clock = clock;
    }

    public record Evaluation(int evaluated, int missed, int defaulted, int completed) {
    }

    /** @param firstDue null: a month from today */
    @Transactional(Transactional.TxType.MANDATORY)
    public PaymentPlan create(String patientId, BigDecimal installmentAmount, LocalDate firstDue, String user) {
        LedgerBook.Opened opened = book.openExisting(patientId);
        AccountLedger ledger = opened.ledger();
        String accountId = opened.account().accountId;
        if (PaymentPlan.activeOf(accountId).isPresent()) {
            throw ProblemException.conflict("Account " + accountId + " already has an active payment plan");
        }
        if (ledger.balance(LedgerAccount.COLLECTIONS_AR).signum() > 0) {
            throw ProblemException.conflict("Account " + accountId + " is placed with a collection agency: recall it "
                    + "before setting up a plan");
        }
        Instant now = clock.instant();
        InstallmentSchedule schedule = schedule(ledger.owed(), installmentAmount, firstDue, now);
        PaymentPlan plan = persist(accountId, patientId, ledger.owed(), installmentAmount, schedule, user, now, null);
        announce(plan, new InstallmentSchedule.Change("CREATED", null, plan.total), schedule, ledger.owed(), now);
        return plan;
    }

    /**
     * New terms for an active plan: what the account owes now (the old plan's remaining installments plus anything
     * billed since) spread over installments of the new amount; the old plan is closed as RENEGOTIATED with the
     * reason and points to its successor. 409 when the plan is not active, 422 when the terms do not fit (the old plan
     * then stays as it was).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Renegotiated renegotiate(String planId, BigDecimal installmentAmount, LocalDate firstDue, String reason,
            String user) {
        Locked locked = lockActive(planId, "renegotiated");
        PaymentPlan old = locked.plan();
        BigDecimal owes = locked.opened().ledger().owed();
        Instant now = clock.instant();
        InstallmentSchedule terms = schedule(owes, installmentAmount, firstDue, now);
        InstallmentSchedule closing = old.schedule();
        List<InstallmentSchedule.Change> closed = closing.renegotiate();
        old.update(closing, now);
        old.endReason = reason;
        PaymentPlan.flush(); // the one-active-plan index: the old plan is closed before the new one exists
        PaymentPlan plan = persist(old.accountId, old.patientId, owes, installmentAmount, terms, user, now, old.id);
        PaymentPlan.flush();
        old.replacedByPlanId = plan.id;
        closed.forEach(c -> announce(old, c, closing, owes, now, reason));
        announce(plan, new InstallmentSchedule.Change("CREATED", null, plan.total), terms, owes, now, reason);
        return new Renegotiated(old, plan);
    }

    public record Renegotiated(PaymentPlan old, PaymentPlan plan) {
    }

    /** A clerk ends an active plan (the guarantor asked, the arrangement failed): CANCELLED with the reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PaymentPlan cancel(String planId, String reason) {
        Locked locked = lockActive(planId, "cancelled");
        PaymentPlan plan = locked.plan();
        Instant now = clock.instant();
        InstallmentSchedule schedule = plan.schedule();
        List<InstallmentSchedule.Change> changes = schedule.cancel();
        plan.update(schedule, now);
        plan.endReason = reason;
        BigDecimal owes = locked.opened().ledger().owed();
        changes.forEach(c -> announce(plan, c, schedule, owes, now, reason));
        return plan;
    }

    private record Locked(LedgerBook.Opened opened, PaymentPlan plan) {
    }

    /** The plan's account, then the plan, locked (the order payments and evaluations lock them in). */
    private Locked lockActive(String planId, String what) {
        PaymentPlan found = PaymentPlan.byId(planId).orElseThrow(() -> ProblemException.notFound("Payment plan",
                planId));
        LedgerBook.Opened opened = book.openExisting(found.patientId);
        PaymentPlan plan = PaymentPlan.lock(found.id);
        if (plan.status != InstallmentSchedule.Status.ACTIVE) {
            throw ProblemException.conflict("Payment plan " + planId + " is " + plan.status
                    + ": only an active plan can be " + what);
        }
        return new Locked(opened, plan);
    }

    private InstallmentSchedule schedule(BigDecimal owes, BigDecimal installmentAmount, LocalDate firstDue,
            Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate first = firstDue == null ? today.plusMonths(1) : firstDue;
        if (first.isBefore(today)) {
            throw PaymentService.unprocessable("The first installment cannot be due before today");
        }
        try {
            return InstallmentSchedule.of(owes, installmentAmount.setScale(2), first, config.maxInstallments());
        } catch (IllegalArgumentException e) {
            throw PaymentService.unprocessable("These plan terms do not fit: " + e.getMessage());
        }
    }

    private PaymentPlan persist(String accountId, String patientId, BigDecimal total, BigDecimal installmentAmount,
            InstallmentSchedule schedule, String user, Instant now, UUID replaces) {
        PaymentPlan plan = new PaymentPlan();
        plan.id = UUID.randomUUID();
        plan.accountId = accountId;
        plan.patientId = patientId;
        plan.status = InstallmentSchedule.Status.ACTIVE;
        plan.total = total;
        plan.installmentAmount = installmentAmount.setScale(2);
        plan.graceDays = config.graceDays();
        plan.createdBy = user;
        plan.createdAt = now;
        plan.replacesPlanId = replaces;
        plan.update(schedule, now);
        plan.persist();
        return plan;
    }

    /** A patient payment on the account (its ledger locked by the caller): fills the active plan's installments. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void paymentReceived(String accountId, BigDecimal amount, BigDecimal accountOwes, Instant at) {
        PaymentPlan.activeOf(accountId).ifPresent(plan -> {
            InstallmentSchedule schedule = plan.schedule();
            List<InstallmentSchedule.Change> changes = schedule.applyPayment(amount);
            plan.update(schedule, at);
            changes.forEach(c -> announce(plan, c, schedule, accountOwes, at));
        });
    }

    /** Ends the account's active plan (its balance went to a collection agency); the ledger is locked by the caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelActive(String accountId, BigDecimal accountOwes, Instant at) {
        PaymentPlan.activeOf(accountId).ifPresent(plan -> {
            InstallmentSchedule schedule = plan.schedule();
            List<InstallmentSchedule.Change> changes = schedule.cancel();
            plan.update(schedule, at);
            changes.forEach(c -> announce(plan, c, schedule, accountOwes, at));
        });
    }

    /** Every active plan as of today (the billing clock). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Evaluation evaluate() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int evaluated = 0;
        int missed = 0;
        int defaulted = 0;
        int completed = 0;
        for (String accountId : PaymentPlan.activeAccounts()) {
            Optional<LedgerBook.AccountOpened> opened = book.openAccount(accountId); // the account first, then the plan
            Optional<PaymentPlan> active = PaymentPlan.activeOf(accountId);
            if (opened.isEmpty() || active.isEmpty()) {
                continue;
            }
            evaluated++;
            PaymentPlan plan = active.get();
            BigDecimal owes = opened.get().ledger().owed();
            InstallmentSchedule schedule = plan.schedule();
            List<InstallmentSchedule.Change> changes = owes.signum() <= 0 ? schedule.settled()
                    : schedule.evaluate(today, plan.graceDays);
            plan.update(schedule, now);
            for (InstallmentSchedule.Change c : changes) {
                missed += "INSTALLMENT_MISSED".equals(c.type()) ? 1 : 0;
                defaulted += "DEFAULTED".equals(c.type()) ? 1 : 0;
                completed += "COMPLETED".equals(c.type()) ? 1 : 0;
                announce(plan, c, schedule, owes, now);
            }
        }
        return new Evaluation(evaluated, missed, defaulted, completed);
    }

    /** Whether the account's dunning is paused (an active plan is the arrangement). */
    public boolean pausesDunning(String accountId) {
        return PaymentPlan.count("accountId = ?1 and status = ?2", accountId, InstallmentSchedule.Status.ACTIVE) > 0;
    }

    private void announce(PaymentPlan plan, InstallmentSchedule.Change c, InstallmentSchedule schedule,
            BigDecimal accountOwes, Instant at) {
        announce(plan, c, schedule, accountOwes, at, null);
    }

    private void announce(PaymentPlan plan, InstallmentSchedule.Change c, InstallmentSchedule schedule,
            BigDecimal accountOwes, Instant at, String reason) {
        events.planChanged(new PlanChange(UUID.randomUUID(), plan.id, plan.accountId, c.type(),
                schedule.status().name(), c.installment(), c.amount(), schedule.remaining(), accountOwes, at, reason,
                "CREATED".equals(c.type()) ? plan.replacesPlanId : null,
                "RENEGOTIATED".equals(c.type()) ? plan.replacedByPlanId : null));
    }
}
