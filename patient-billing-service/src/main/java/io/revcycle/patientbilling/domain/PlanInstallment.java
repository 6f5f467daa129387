package io.revcycle.patientbilling.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.revcycle.patientbilling.domain.plan.InstallmentSchedule;

@Entity
@Table(name = "plan_installment")
@IdClass(PlanInstallment.Key.class)
public class PlanInstallment extends PanacheEntityBase {

    @Id
    @ManyToOne
    @JoinColumn(name = "plan_id")
    public PaymentPlan plan;

    @Id
    public int number;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal paid;

    public boolean missed;

    InstallmentSchedule.Installment toInstallment() {
        return new InstallmentSchedule.Installment(number, dueDate, amount, paid, missed);
    }

    public static class Key implements Serializable {
        public UUID plan;
        public int number;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(plan, k.plan) && number == k.number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(plan, number);
        }
    }
}
