package io.revcycle.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A patient known to patient billing, under the guarantor account that pays for them (the patient's own, with the
 * patient id as account id, until linked to another). What the patient owes is summed from ledger entries.
 */
@Entity
@Table(name = "patient_account")
public class PatientAccount extends PanacheEntityBase {

    @Id
    @Column(name = "patient_id")
    public String patientId;

    @Column(name = "guarantor_account_id", nullable = false)
    public String guarantorAccountId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL)
    @OrderBy("receivedAt")
    public List<PatientPayment> payments = new ArrayList<>();

    /** The patient, created on first use as their own guarantor (whose account is created too). */
    public static PatientAccount findOrCreate(String patientId) {
        var em = getEntityManager();
        PatientAccount known = em.find(PatientAccount.class, patientId);
        if (known != null) {
            return known;
        }
        GuarantorAccount.lockOrCreate(patientId); // a new patient is their own guarantor
        em.createNativeQuery("insert into patient_account (patient_id, guarantor_account_id, created_at, updated_at) "
                + "values (:id, :id, now(), now()) on conflict (patient_id) do nothing")
                .setParameter("id", patientId).executeUpdate();
        return em.find(PatientAccount.class, patientId);
    }

    public void addPayment(PatientPayment payment) {
        payment.account = this;
        payments.add(payment);
    }

    public static List<PatientAccount> ofGuarantor(String accountId) {
        return list("guarantorAccountId = ?1 order by patientId", accountId);
    }

    /** Patients with what they owe and the patient shares billed to them, for the list view. */
    public record Overview(String patientId, BigDecimal balance, long lineCount) {
    }

    @SuppressWarnings("unchecked")
    public static List<Overview> overviews(BigDecimal minBalance, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("select p.patient_id, "
                + "coalesce(sum(e.amount) filter (where e.ledger in ('PATIENT_AR', 'COLLECTIONS_AR')), 0) as owed, "
                + "count(*) filter (where e.ledger = 'PATIENT_AR' and e.entry_type in ('TRANSFER_DEDUCTIBLE', "
                + "'TRANSFER_COINSURANCE', 'TRANSFER_COPAY', 'TRANSFER_NONCOVERED')) "
                + "from patient_account p left join ledger_entry e on e.patient_id = p.patient_id "
                + "group by p.patient_id "
                + "having coalesce(sum(e.amount) filter (where e.ledger in ('PATIENT_AR', 'COLLECTIONS_AR')), 0) >= :min "
                + "order by owed desc, p.patient_id").setParameter("min", minBalance).setMaxResults(limit)
                .getResultList();
        return rows.stream().map(r -> new Overview((String) r[0], io.revcycle.events.Money.exact((BigDecimal) r[1]),
                ((Number) r[2]).longValue())).toList();
    }
}
