package io.revcycle.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A payment the patient made toward the account balance. */
@Entity
@Table(name = "patient_payment")
public class PatientPayment extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id")
    public PatientAccount account;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false)
    public String method;

    /** The payer's reference (receipt, check number); unique per account, so a resubmitted payment is refused. */
    public String reference;

    @Column(name = "balance_after", nullable = false, precision = 12, scale = 2)
    public BigDecimal balanceAfter;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static boolean referenceUsed(String patientId, String reference) {
        return count("account.patientId = ?1 and reference = ?2", patientId, reference) > 0;
    }
}
