package io.revcycle.claims.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.revcycle.messaging.PooledIds;

/** One step of a claim's history: a transition (from != to) or an event recorded without one (from == to). */
@Entity
@Table(name = "claim_timeline")
public class ClaimTimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_timeline_ids")
    @SequenceGenerator(name = "claim_timeline_ids", sequenceName = "claim_timeline_id_seq", allocationSize = PooledIds.BLOCK)
    public Long id;

    @Column(name = "claim_id", nullable = false)
    public String claimId;

    @Column(nullable = false)
    public Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ClaimStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public ClaimStatus toStatus;

    @Column(nullable = false)
    public String cause;

    @Column(name = "file_id")
    public String fileId;

    @Column(name = "isa13")
    public String isa13;

    public static List<ClaimTimelineEntry> of(String claimId) {
        return list("claimId = ?1 order by id", claimId);
    }
}
