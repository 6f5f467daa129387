package io.revcycle.eligibility.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The one eligibility check of an encounter, as published in EligibilityVerified. Benefits are a snapshot: later
 * changes to the coverage do not rewrite a past check.
 */
@Entity
@Table(name = "eligibility_check")
public class EligibilityCheck extends PanacheEntityBase {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "encounter_id", nullable = false, unique = true)
    public String encounterId;

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

    @Column(name = "copay", nullable = false, precision = 12, scale = 2)
    public BigDecimal copay;

    @Column(name = "coinsurance_percent", nullable = false, precision = 5, scale = 2)
    public BigDecimal coinsurancePercent;

    @Column(name = "deductible_remaining", nullable = false, precision = 12, scale = 2)
    public BigDecimal deductibleRemaining;

    /** Id of the EligibilityVerified event this check published. */
    @Column(name = "verified_event_id", nullable = false)
    public UUID verifiedEventId;

    @Column(name = "checked_at", nullable = false)
    public Instant checkedAt;

    /** Records the decision; an inactive result carries no plan and zero benefits. */
    public static EligibilityCheck of(String encounterId, String patientId, String payerId, String memberId,
            LocalDate dateOfService, CoverageDecision decision, UUID verifiedEventId, Instant checkedAt) {
        EligibilityCheck check = new EligibilityCheck();
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
        return list("payerId = ?1 and memberId = ?2 and result = ?3", payerId, memberId, CheckResult.INACTIVE);
    }

    public static Optional<EligibilityCheck> findByEncounterId(String encounterId) {
        return find("encounterId", encounterId).firstResultOptional();
    }
}
