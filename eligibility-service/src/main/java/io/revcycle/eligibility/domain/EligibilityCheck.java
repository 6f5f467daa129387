package io.revcycle.eligibility.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An eligibility check, as published in EligibilityVerified: an encounter's current one, a check superseded by a
 * re-verification, or a real-time check of registration. Benefits are a snapshot: later changes to the coverage do
 * not rewrite a past check.
 */
@Entity
@Table(name = "eligibility_check")
public class EligibilityCheck extends PanacheEntityBase {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The check's own id; also the 270's TRN02 trace number, which the 271 echoes. */
    @Column(name = "check_id", nullable = false, unique = true)
    public String checkId;

    /** Null for a real-time check asked by registration. One current (not superseded) check per encounter. */
    @Column(name = "encounter_id")
    public String encounterId;

    /** When a re-verification replaced this check as its encounter's current one; null while it is current. */
    @Column(name = "superseded_at")
    public Instant supersededAt;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(name = "payer_id", nullable = false)
    public String payerId;

    /** PHI: may be returned by the API, never logged. */
    @Column(name = "member_id", nullable = false)
    public String memberId;

    @Column(name = "date_of_service", nullable = false)
    public LocalDate dateOfService;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false)
    public CheckResult result;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason")
    public InactiveReason reason;

    @Column(name = "coverage_id")
    public String coverageId;

    @Column(name = "plan_name")
    public String planName;

    /** Null (with the other two benefits) when unknown: the coverage on file does not state it and no 271 did. */
    @Column(name = "copay", precision = 12, scale = 2)
    public BigDecimal copay;

    @Column(name = "coinsurance_percent", precision = 5, scale = 2)
    public BigDecimal coinsurancePercent;

    @Column(name = "deductible_remaining", precision = 12, scale = 2)
    public BigDecimal deductibleRemaining;

    /** Id of the EligibilityVerified event this check published (null while pending or without an encounter). */
    @Column(name = "verified_event_id")
    public UUID verifiedEventId;

    /** EQ01/EB03 service type asked about, e.g. 30 health benefit plan coverage. */
    @Column(name = "service_type")
    public String serviceType;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false)
    public CheckSource source = CheckSource.ON_FILE;

    @Column(name = "inquiry_file_id")
    public String inquiryFileId;

    @Column(name = "inquiry_sent_at")
    public Instant inquirySentAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    /** AAA03 of a rejected 271 (72, 75, 42...). */
    @Column(name = "rejection_code")
    public String rejectionCode;

    @Column(name = "out_of_pocket_remaining", precision = 12, scale = 2)
    public BigDecimal outOfPocketRemaining;

    @OneToMany(mappedBy = "check", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<EligibilityBenefit> benefits = new ArrayList<>();

    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;

    /** Records the decision; an inactive result carries no plan and zero benefits. */
    public static EligibilityCheck of(String encounterId, String patientId, String payerId, String memberId,
            LocalDate dateOfService, CoverageDecision decision, UUID verifiedEventId, Instant checkedAt) {
        EligibilityCheck check = new EligibilityCheck();
        check.checkId = newCheckId();
        check.encounterId = encounterId;
        check.patientId = patientId;
        check.payerId = payerId;
        check.memberId = memberId;
        check.dateOfService = dateOfService;
        check.verifiedEventId = verifiedEventId;
        check.checkedAt = checkedAt;
        Coverage coverage = decision.coverage();
        if (decision.active()) {
            check.result = CheckResult.ACTIVE;
            check.coverageId = coverage.coverageId;
            check.planName = coverage.planName;
            // benefits registration did not know (HL7 ADT) stay unknown (null), never 0.00: a zero copay or
            // deductible would be money the patient is wrongly expected not to owe
            check.copay = coverage.copay;
            check.coinsurancePercent = coverage.coinsurancePercent;
            check.deductibleRemaining = coverage.deductibleRemaining;
        } else {
            check.result = CheckResult.INACTIVE;
            check.reason = decision.inactiveReason();
            check.copay = ZERO;
            check.coinsurancePercent = ZERO;
            check.deductibleRemaining = ZERO;
        }
        return check;
    }

    /** A check id that fits TRN02 (50) and BHT03 (50): "CHK" and 26 hex digits of a random UUID. */
    public static String newCheckId() {
        return "CHK" + UUID.randomUUID().toString().replace("-", "").substring(0, 26).toUpperCase();
    }

    /** A 270 is on its way: no result yet, no benefits, nothing published. */
    public static EligibilityCheck pending(String encounterId, String patientId, String payerId, String memberId,
            LocalDate dateOfService, String serviceType, Coverage coverage, Instant now) {
        EligibilityCheck check = new EligibilityCheck();
        check.checkId = newCheckId();
        check.encounterId = encounterId;
        check.patientId = patientId;
        check.payerId = payerId;
        check.memberId = memberId;
        check.dateOfService = dateOfService;
        check.serviceType = serviceType;
        check.result = CheckResult.PENDING;
        check.source = CheckSource.PAYER_271;
        check.coverageId = coverage == null ? null : coverage.coverageId;
        check.copay = ZERO;
        check.coinsurancePercent = ZERO;
        check.deductibleRemaining = ZERO;
        check.inquirySentAt = now;
        check.checkedAt = now;
        return check;
    }

    /** Ends the check without coverage: inactive for a reason, or unverified. Benefits are dropped. */
    public void endWithout(CheckResult result, InactiveReason reason, String rejectionCode, Instant now) {
        this.result = result;
        this.reason = reason;
        this.rejectionCode = rejectionCode;
        this.planName = null;
        this.copay = ZERO;
        this.coinsurancePercent = ZERO;
        this.deductibleRemaining = ZERO;
        this.outOfPocketRemaining = null;
        this.benefits.clear();
        this.checkedAt = now;
    }

    public boolean pending() {
        return result == CheckResult.PENDING;
    }

    /** Copay, coinsurance and deductible are all stated (by the coverage on file or a 271). */
    public boolean benefitsKnown() {
        return copay != null && coinsurancePercent != null && deductibleRemaining != null;
    }

    /**
     * An encounter's check decided from the file turns into an inquiry at the payer: a new check id (the 270's
     * trace number), pending, with no result or benefits until the 271 (or the cache) answers.
     */
    public void askPayer(String serviceType, Coverage coverage, Instant now) {
        EligibilityCheck pending = pending(encounterId, patientId, payerId, memberId, dateOfService, serviceType,
                coverage, now);
        checkId = pending.checkId;
        this.serviceType = serviceType;
        result = CheckResult.PENDING;
        reason = null;
        rejectionCode = null;
        source = CheckSource.PAYER_271;
        coverageId = pending.coverageId;
        planName = coverage == null ? null : coverage.planName;
        copay = pending.copay;
        coinsurancePercent = pending.coinsurancePercent;
        deductibleRemaining = pending.deductibleRemaining;
        outOfPocketRemaining = null;
        benefits.clear();
        verifiedEventId = null;
        inquirySentAt = now;
        answeredAt = null;
        inquiryFileId = null;
        checkedAt = now;
    }

    public static Optional<EligibilityCheck> byCheckId(String checkId) {
        return find("checkId", checkId).firstResultOptional();
    }

    /** The newest answered 271 for the member on that date, answered after {@code since} (the cache). */
    public static Optional<EligibilityCheck> answeredSince(String payerId, String memberId, LocalDate dateOfService,
            String serviceType, Instant since) {
        return find("payerId = ?1 and memberId = ?2 and dateOfService = ?3 and serviceType = ?4 and source = ?5"
                + " and answeredAt > ?6 and result in (?7) order by answeredAt desc", payerId, memberId,
                dateOfService, serviceType, CheckSource.PAYER_271, since,
                List.of(CheckResult.ACTIVE, CheckResult.INACTIVE)).firstResultOptional();
    }

    /** PENDING checks whose 270 was sent before {@code sentBefore}, oldest first. */
    public static List<EligibilityCheck> unansweredSince(Instant sentBefore, int limit) {
        return find("result = ?1 and inquirySentAt < ?2 order by inquirySentAt", CheckResult.PENDING, sentBefore)
                .page(0, limit).list();
    }

    public boolean coverageActive() {
        return result == CheckResult.ACTIVE;
    }

    /** Takes over a newer decision for the same encounter (after a coverage change). */
    public void replaceWith(EligibilityCheck newer) {
        result = newer.result;
        reason = newer.reason;
        coverageId = newer.coverageId;
        planName = newer.planName;
        copay = newer.copay;
        coinsurancePercent = newer.coinsurancePercent;
        deductibleRemaining = newer.deductibleRemaining;
        verifiedEventId = newer.verifiedEventId;
        checkedAt = newer.checkedAt;
    }

    public static List<EligibilityCheck> inactiveOf(String payerId, String memberId) {
        // only what the file decided: a payer's 271 is not overruled by a coverage typed in later
        return list("payerId = ?1 and memberId = ?2 and result = ?3 and source = ?4 and encounterId is not null"
                + " and supersededAt is null", payerId, memberId, CheckResult.INACTIVE, CheckSource.ON_FILE);
    }

    /** The encounter's current check. */
    public static Optional<EligibilityCheck> findByEncounterId(String encounterId) {
        return find("encounterId = ?1 and supersededAt is null", encounterId).firstResultOptional();
    }
}
