package io.revcycle.insights.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One consumed event, reduced to the ids, dates, codes and amounts the KPIs need (V1__event_facts.sql). */
@Entity
@Table(name = "event_fact")
public class EventFact {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    public FactKind kind;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "encounter_id")
    public String encounterId;

    @Column(name = "claim_id")
    public String claimId;

    @Column(name = "payer_id")
    public String payerId;

    @Column(name = "payer_responsibility")
    public String payerResponsibility;

    @Column(name = "date_of_service")
    public LocalDate dateOfService;

    public BigDecimal charge;
    public BigDecimal allowed;
    public BigDecimal paid;

    @Column(name = "patient_share")
    public BigDecimal patientShare;

    public BigDecimal contractual;
    public BigDecimal denied;

    @Column(name = "posting_sequence")
    public Integer postingSequence;

    public String detail;
    public String category;

    public EventFact() {
    }

    public EventFact(UUID eventId, FactKind kind, Instant occurredAt, String encounterId) {
        this.eventId = eventId;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.encounterId = encounterId;
    }

    /** The primary payer's leg, or an encounter event (the KPIs follow the claim sent to its own payer). */
    public boolean primaryLeg() {
        return payerResponsibility == null || "P".equals(payerResponsibility);
    }
}
