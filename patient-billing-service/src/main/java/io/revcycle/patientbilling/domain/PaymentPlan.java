package io.revcycle.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.revcycle.patientbilling.domain.plan.InstallmentSchedule;

/** A guarantor account's payment plan: its terms and installments (the schedule's state, stored). */
@Entity
@Table(name = "payment_plan")
public class PaymentPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InstallmentSchedule.Status status;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal total;

    @Column(name = "installment_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal installmentAmount;

    @Column(name = "grace_days", nullable = false)
    public int graceDays;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    /** Why a clerk cancelled or renegotiated the plan. */
    @Column(name = "end_reason")
    public String endReason;

    /** The plan this one replaced on renegotiation, and the plan that replaced this one. */
    @Column(name = "replaces_plan_id")
    public UUID replacesPlanId;

    @Column(name = "replaced_by_plan_id")
    public UUID replacedByPlanId;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    public List<PlanInstallment> installments = new ArrayList<>();

    public InstallmentSchedule schedule() {
        return new InstallmentSchedule(installments.stream().map(PlanInstallment::toInstallment).toList(), status);
    }

    /** Takes over the schedule's state after it changed. */
    public void update(InstallmentSchedule schedule, Instant now) {
        for (InstallmentSchedule.Installment i : schedule.installments()) {
            PlanInstallment row = installments.stream().filter(r -> r.number == i.number()).findFirst()
                    .orElseGet(() -> {
                        PlanInstallment created = new PlanInstallment();
                        created.plan = this;
                        created.number = i.number();
                        installments.add(created);
                        return created;
                    });
            row.dueDate = i.dueDate();
            row.amount = i.amount();
            row.paid = i.paid();
            row.missed = i.missed();
        }
        if (status == InstallmentSchedule.Status.ACTIVE && schedule.status() != InstallmentSchedule.Status.ACTIVE) {
            endedAt = now;
        }
        status = schedule.status();
    }

    /** The account's active plan, locked. */
    public static Optional<PaymentPlan> activeOf(String accountId) {
        return find("accountId = ?1 and status = ?2", accountId, InstallmentSchedule.Status.ACTIVE)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** A plan by id (any status); empty also for an id that is no UUID. */
    public static Optional<PaymentPlan> byId(String planId) {
        try {
            return findByIdOptional(UUID.fromString(planId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The plan locked and read again (lock its account first: payments and evaluations lock in that order). */
    public static PaymentPlan lock(UUID planId) {
        PaymentPlan plan = findById(planId);
        getEntityManager().refresh(plan, LockModeType.PESSIMISTIC_WRITE);
        return plan;
    }

    public static List<PaymentPlan> ofAccount(String accountId) {
        return list("accountId = ?1 order by createdAt", accountId);
    }

    /** Accounts with an active plan. */
    public static List<String> activeAccounts() {
        return getEntityManager().createQuery("select p.accountId from PaymentPlan p where p.status = :s "
                + "order by p.accountId", String.class).setParameter("s", InstallmentSchedule.Status.ACTIVE)
                .getResultList();
    }
}
