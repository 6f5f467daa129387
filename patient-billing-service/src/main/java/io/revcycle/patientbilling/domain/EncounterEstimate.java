package io.revcycle.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * eligibility-service's estimate of what the patient will owe for an encounter (PatientEstimated), the newest one:
 * what the front desk collects against before the payer adjudicates.
 */
@Entity
@Table(name = "encounter_estimate")
public class EncounterEstimate extends PanacheEntityBase {

    @Id
    @Column(name = "encounter_id")
    public String encounterId;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(name = "payer_id", nullable = false)
    public String payerId;

    @Column(name = "check_id", nullable = false)
    public String checkId;

    @Column(name = "expected_allowed", nullable = false, precision = 12, scale = 2)
    public BigDecimal expectedAllowed;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal deductible;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal copay;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal coinsurance;

    @Column(name = "patient_share", nullable = false, precision = 12, scale = 2)
    public BigDecimal patientShare;

    @Column(name = "expected_payer_payment", nullable = false, precision = 12, scale = 2)
    public BigDecimal expectedPayerPayment;

    @Column(name = "estimated_at", nullable = false)
    public Instant estimatedAt;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;
}
