package io.revcycle.claims.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An appeal letter as it was sent: the PDF, the biller's argument and the deadline it was written against. */
@Entity
@Table(name = "denial_appeal")
public class DenialAppeal extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id", nullable = false)
    public String claimId;

    /** The DenialRaised whose lines it appeals. */
    @Column(name = "denial_event_id", nullable = false)
    public UUID denialEventId;

    @Column(nullable = false)
    public String argument;

    @Column(name = "appeal_deadline")
    public LocalDate appealDeadline;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] letter;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Optional<DenialAppeal> latestFor(UUID denialEventId) {
        return find("denialEventId = ?1 order by id desc", denialEventId).firstResultOptional();
    }
}
