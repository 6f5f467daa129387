package io.revcycle.patientbilling.domain.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A payment plan's installments and what happens to them (pure: the service loads and stores the state). Payments
 * on the account fill the earliest unpaid installment first; an installment still short when its due date has
 * passed is missed, and a missed installment not made good within the grace period defaults the plan.
 */
public final class InstallmentSchedule {

    public enum Status {
        ACTIVE, COMPLETED, DEFAULTED, CANCELLED, RENEGOTIATED
    }

    /** One installment: due date, amount, what payments have covered so far, whether it was found missed. */
    public record Installment(int number, LocalDate dueDate, BigDecimal amount, BigDecimal paid, boolean missed) {

        public BigDecimal open() {
            return amount.subtract(paid);
        }

        Installment pay(BigDecimal part) {
            return new Installment(number, dueDate, amount, paid.add(part), missed);
        }

        Installment markMissed() {
            return new Installment(number, dueDate, amount, paid, true);
        }
    }

    /** Something the plan went through, to announce. */
    public record Change(String type, Integer installment, BigDecimal amount) {
    }

    private final List<Installment> installments;
    private Status status;

    public InstallmentSchedule(List<Installment> installments, Status status) {
        this.installments = new ArrayList<>(installments);
        this.status = status;
    }

    /**
     * Installments of {@code amount} (the last one smaller) every month from {@code firstDue} until {@code total} is
     * covered; refused when the terms do not fit.
     */
    public static InstallmentSchedule of(BigDecimal total, BigDecimal amount, LocalDate firstDue, int maxInstallments) {
        if (total.signum() <= 0) {
            throw new IllegalArgumentException("nothing is owed to spread over a plan");
        }
        if (amount.signum() <= 0 || amount.compareTo(total) > 0) {
            throw new IllegalArgumentException("an installment must be more than 0.00 and at most the " + total
                    + " owed");
        }
        int count = total.divide(amount, 0, RoundingMode.CEILING).intValueExact();
        if (count > maxInstallments) {
            throw new IllegalArgumentException(count + " installments of " + amount + " are more than the "
                    + maxInstallments + " a plan may have");
        }
        List<Installment> list = new ArrayList<>();
        BigDecimal left = total;
        for (int i = 1; i <= count; i++) {
            BigDecimal part = left.min(amount);
            list.add(new Installment(i, firstDue.plusMonths(i - 1L), part, zero(), false));
            left = left.subtract(part);
        }
        return new InstallmentSchedule(list, Status.ACTIVE);
    }

    public List<Installment> installments() {
        return List.copyOf(installments);
    }

    public Status status() {
        return status;
    }

    public BigDecimal remaining() {
        return installments.stream().map(Installment::open).reduce(zero(), BigDecimal::add);
    }

    /** A payment on the account: fills the earliest open installments; the plan completes when all are paid. */
    public List<Change> applyPayment(BigDecimal amount) {
        List<Change> changes = new ArrayList<>();
        if (status != Status.ACTIVE) {
            return changes;
        }
        BigDecimal left = amount;
        for (int i = 0; i < installments.size() && left.signum() > 0; i++) {
            Installment inst = installments.get(i);
            if (inst.open().signum() > 0) {
                BigDecimal part = left.min(inst.open());
                installments.set(i, inst.pay(part));
                left = left.subtract(part);
                if (installments.get(i).open().signum() == 0) {
                    changes.add(new Change("INSTALLMENT_PAID", inst.number(), inst.amount()));
                }
            }
        }
        if (remaining().signum() == 0) {
            status = Status.COMPLETED;
            changes.add(new Change("COMPLETED", null, zero()));
        }
        return changes;
    }

    /**
     * As of a date: installments past due and still short are missed; one missed for longer than the grace period
     * defaults the plan.
     */
    public List<Change> evaluate(LocalDate on, int graceDays) {
        List<Change> changes = new ArrayList<>();
        if (status != Status.ACTIVE) {
            return changes;
        }
        for (int i = 0; i < installments.size(); i++) {
            Installment inst = installments.get(i);
            if (inst.open().signum() > 0 && on.isAfter(inst.dueDate())) {
                if (!inst.missed()) {
                    installments.set(i, inst.markMissed());
                    changes.add(new Change("INSTALLMENT_MISSED", inst.number(), inst.open()));
                }
                if (on.isAfter(inst.dueDate().plusDays(graceDays))) {
                    status = Status.DEFAULTED;
                    changes.add(new Change("DEFAULTED", inst.number(), remaining()));
                    return changes;
                }
            }
        }
        return changes;
    }

    /** The account owes nothing any more (paid otherwise, written off): the plan is done. */
    public List<Change> settled() {
        if (status != Status.ACTIVE) {
            return List.of();
        }
        status = Status.COMPLETED;
        return List.of(new Change("COMPLETED", null, remaining()));
    }

    /** The account's balance went elsewhere (a collection agency), or a clerk ended the plan: the plan ends. */
    public List<Change> cancel() {
        return close(Status.CANCELLED);
    }

    /** Closed for a new plan on new terms (what the account owes then, spread anew). */
    public List<Change> renegotiate() {
        return close(Status.RENEGOTIATED);
    }

    private List<Change> close(Status closed) {
        if (status != Status.ACTIVE) {
            return List.of();
        }
        status = closed;
        return List.of(new Change(closed.name(), null, remaining()));
    }

    private static BigDecimal zero() {
        return new BigDecimal("0.00");
    }
}
