package io.revcycle.coding.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A payer's coding denial back on the coders' worklist: the encounter's codes are to be re-reviewed against the
 * denial reasons (CARC/RARC per line) before the appeal deadline. Completed with an outcome: the codes were right
 * (billing appeals) or were changed (billing corrects and resubmits).
 */
@Entity
@Table(name = "denial_review")
public class DenialReview extends PanacheEntityBase {

    public enum Status {
        OPEN, DONE
    }

    public enum Outcome {
        CODES_CONFIRMED, CODES_CHANGED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(name = "claim_id", nullable = false)
    public String claimId;

    @Column(name = "encounter_id", nullable = false)
    public String encounterId;

    @Column(name = "payer_id", nullable = false)
    public String payerId;

    /** CODING or CDI. */
    @Column(nullable = false)
    public String department;

    @Column(nullable = false)
    public String category;

    /** e.g. "line 2 99214 CO-11 N10 75.00": codes and amounts only, never PHI. */
    @Column(nullable = false)
    public String reasons;

    @Column(name = "denied_amount", nullable = false)
    public BigDecimal deniedAmount;

    @Column(name = "appeal_deadline")
    public LocalDate appealDeadline;

    @Column(name = "next_action")
    public String nextAction;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** The coder an open re-review is locked to (pulled from a queue); null = in the queue. */
    @Column(name = "assigned_to")
    public String assignedTo;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Column(name = "completed_by")
    public String completedBy;

    @Column(name = "completed_at")
    public Instant completedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column
    public Outcome outcome;

    @Column
    public String note;

    /** Nearest appeal deadline first. */
    public static List<DenialReview> queue(Status status, int limit) {
        return find("status = ?1 order by appealDeadline asc nulls last, createdAt, id", status).page(0, limit).list();
    }

    /** Locked to someone else: only the coder who pulled it may complete it (or release it to the queue). */
    public boolean isLockedAgainst(String coder) {
        return assignedTo != null && !assignedTo.equals(coder);
    }

    /** Whether the claim has a re-review still open (a routed denial opens no second one). */
    public static boolean openForClaim(String claimId) {
        return count("claimId = ?1 and status = ?2", claimId, Status.OPEN) > 0;
    }

    public static boolean exists(UUID eventId) {
        return count("eventId", eventId) > 0;
    }
}
