package io.revcycle.patientbilling.domain;

import io.revcycle.events.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A patient's account: what the patient owes after the payer, line by line. */
@Entity
@Table(name = "patient_account")
public class PatientAccount extends PanacheEntityBase {

    @Id
    @Column(name = "patient_id")
    public String patientId;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal balance;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL)
    @OrderBy("id")
    public List<AccountLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL)
    @OrderBy("receivedAt")
    public List<PatientPayment> payments = new ArrayList<>();

    /**
     * The patient's account, created with a zero balance on first use, locked until the transaction ends so that
     * concurrent postings and payments apply one after the other.
     */
    public static PatientAccount lockOrCreate(String patientId) {
        var em = getEntityManager();
        em.flush();
        em.createNativeQuery("insert into patient_account (patient_id, balance, created_at, updated_at) "
                + "values (:id, 0, now(), now()) on conflict (patient_id) do nothing")
                .setParameter("id", patientId).executeUpdate();
        return em.find(PatientAccount.class, patientId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The existing account, locked; null when the patient has none. */
    public static PatientAccount lockExisting(String patientId) {
        return getEntityManager().find(PatientAccount.class, patientId, LockModeType.PESSIMISTIC_WRITE);
    }

    public void addLine(AccountLine line) {
        line.account = this;
        lines.add(line);
    }

    public void addPayment(PatientPayment payment) {
        payment.account = this;
        payments.add(payment);
    }

    /** Accounts with their number of lines, for the list view. */
    public record Overview(String patientId, BigDecimal balance, long lineCount) {
    }

    public static List<Overview> overviews(BigDecimal minBalance, int limit) {
        return getEntityManager().createQuery("select new " + Overview.class.getName()
                + "(a.patientId, a.balance, (select count(l) from AccountLine l where l.account = a)) "
                + "from PatientAccount a where a.balance >= :min order by a.balance desc, a.patientId", Overview.class)
                .setParameter("min", minBalance).setMaxResults(limit).getResultList();
    }

    public static BigDecimal totalBalance() {
        BigDecimal sum = getEntityManager().createQuery("select sum(a.balance) from PatientAccount a", BigDecimal.class)
                .getSingleResult();
        return Money.sumOrZero(sum);
    }
}
