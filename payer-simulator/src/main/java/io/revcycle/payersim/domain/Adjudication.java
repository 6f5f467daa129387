package io.revcycle.payersim.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "adjudication")
public class Adjudication extends PanacheEntityBase {
    @Id
    @Column(name = "claim_id")
    public String claimId;
    @Column(name = "encounter_id")
    public String encounterId;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "claim_status_code")
    public String claimStatusCode;
    @Column(name = "total_charge")
    public BigDecimal totalCharge;
    @Column(name = "paid_amount")
    public BigDecimal paidAmount;
    @Column(name = "patient_responsibility")
    public BigDecimal patientResponsibility;
    @Column(name = "adjudicated_at")
    public Instant adjudicatedAt;
}
