package io.revcycle.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An account's balance placed with a collection agency, until recalled; body: the placement as sent (JSON). */
@Entity
@Table(name = "collections_placement")
public class CollectionsPlacement extends PanacheEntityBase {

    public enum Status {
        PLACED, RECALLED
    }

    @Id
    public UUID id;

    @Column(name = "run_id", nullable = false)
    public UUID runId;

    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Column(name = "agency_id", nullable = false)
    public String agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Why it was placed: STATEMENTS_AND_AGE or PLAN_DEFAULTED. */
    @Column(nullable = false)
    public String rule;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    @Column(name = "recalled_at")
    public Instant recalledAt;

    @Column(name = "recall_reason")
    public String recallReason;

    @Column(nullable = false)
    public String body;

    public static Optional<CollectionsPlacement> openOf(String accountId) {
        return find("accountId = ?1 and status = ?2", accountId, Status.PLACED).firstResultOptional();
    }

    public static Optional<CollectionsPlacement> latestOf(String accountId) {
        return find("accountId = ?1 order by placedAt desc", accountId).firstResultOptional();
    }

    public static List<CollectionsPlacement> ofRun(UUID runId) {
        return list("runId = ?1 order by accountId", runId);
    }

    public static List<CollectionsPlacement> ofAccount(String accountId) {
        return list("accountId = ?1 order by placedAt", accountId);
    }
}
