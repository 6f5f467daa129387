package io.revcycle.remittance.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A later remittance (another event id) for a claim that already has one: recorded, never posted. */
@Entity
@Table(name = "duplicate_remittance")
public class DuplicateRemittance extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "claim_id", nullable = false)
    public String claimId;

    @Column(name = "payer_claim_control_number", nullable = false)
    public String payerClaimControlNumber;

    @Column(name = "claim_status_code", nullable = false)
    public String claimStatusCode;

    @Column(name = "paid_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal paidAmount;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static long countForClaim(String claimId) {
        return count("claimId", claimId);
    }
}
