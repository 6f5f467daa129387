package io.revcycle.claims.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One denied claim line waiting in the billers' work queue. */
@Entity
@Table(name = "denial_item")
public class DenialItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The DenialRaised event that created it (with lineNumber unique: a safety net behind the inbox). */
    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "claim_id", nullable = false)
    public String claimId;

    @Column(name = "encounter_id", nullable = false)
    public String encounterId;

    @Column(name = "payer_id", nullable = false)
    public String payerId;

    /** SBR01 of the leg whose 835 denied: P the claim's own payer, S or T a next payer (payerId names it). */
    @Column(name = "payer_responsibility", nullable = false)
    public String payerResponsibility = "P";

    @Column(name = "line_number", nullable = false)
    public int lineNumber;

    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;

    @Column(name = "group_code", nullable = false)
    public String groupCode;

    /** CARC */
    @Column(name = "reason_code", nullable = false)
    public String reasonCode;

    /** RARCs */
    @Convert(converter = CodeListConverter.class)
    @Column(name = "remark_codes", nullable = false)
    public List<String> remarkCodes = new ArrayList<>();

    @Column(nullable = false)
    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DenialStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** DenialCategory name (denial-intelligence); CONTRACTUAL lines are not denials and enter RESOLVED. */
    @Column
    public String category;

    /** Department name: the queue the line is worked in. */
    @Column
    public String department;

    @Column
    public Boolean avoidable;

    @Column(name = "next_action")
    public String nextAction;

    @Column(name = "rule_id")
    public String ruleId;

    @Column(name = "rules_version")
    public String rulesVersion;

    @Column(name = "appeal_deadline")
    public LocalDate appealDeadline;

    @Column(name = "assigned_to")
    public String assignedTo;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    /** The last thing done on it (DenialAction name). */
    @Column(name = "last_action")
    public String lastAction;

    @Column
    public String resolution;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    /** Why a worker marked it resolved by hand (MARKED_RESOLVED); stays here, never in events. */
    @Column(name = "resolution_reason")
    public String resolutionReason;

    /**
     * The CARC/RARC codes X12 does not allow on a remittance of the day it came (e.g. "CARC 42 stopped 2007-06-01"):
     * the payer's error to take up; empty when every code is in use.
     */
    @Convert(converter = CodeListConverter.class)
    @Column(name = "inactive_codes", nullable = false)
    public List<String> inactiveCodes = new ArrayList<>();

    /** What coding's re-review decided (CODES_CONFIRMED or CODES_CHANGED) when it returned the line to billing. */
    @Column(name = "coding_outcome")
    public String codingOutcome;

    @Column(name = "coding_reviewed_by")
    public String codingReviewedBy;

    /** When coding returned the line to billing; null when it never went to coding and back. */
    @Column(name = "returned_from_coding_at")
    public Instant returnedFromCodingAt;

    /** coding-service's re-review that returned it: the same completion twice returns nothing twice. */
    @Column(name = "coding_review_id")
    public Long codingReviewId;
}
