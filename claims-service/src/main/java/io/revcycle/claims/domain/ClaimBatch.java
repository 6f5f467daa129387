package io.revcycle.claims.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One sent 837 interchange with its control numbers, so a 999 (GS06) and 277CA find the claims inside. */
@Entity
@Table(name = "claim_batch")
public class ClaimBatch extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "payer_id", nullable = false)
    public String payerId;

    /** ISA08 of the 837: the payer's interchange id, the sender of its acknowledgments. */
    @Column(name = "receiver_id", nullable = false)
    public String receiverId;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_type", nullable = false)
    public ClaimType claimType;

    @Column(nullable = false)
    public String isa13;

    @Column(nullable = false)
    public String gs06;

    @Column(nullable = false)
    public String st02;

    @Column(name = "file_id", nullable = false)
    public String fileId;

    @Column(name = "claim_count", nullable = false)
    public int claimCount;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;
}
