package io.revcycle.eligibility.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A patient's Medicare Secondary Payer answers as recorded at registration: the parts of the CMS questionnaire that
 * decide whether Medicare pays first.
 */
@Entity
@Table(name = "msp_answers")
public class MspAnswers extends PanacheEntityBase {

    @Id
    @Column(name = "patient_id")
    public String patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MspEntitlement entitlement;

    /** Covered by a group health plan through the current employment of the patient or their spouse. */
    @Column(name = "group_plan_current_employment", nullable = false)
    public boolean groupPlanCurrentEmployment;

    /** Employees of that employer (null: not asked, no such plan). */
    @Column(name = "employer_size")
    public Integer employerSize;

    /** ESRD: still within the 30-month coordination period. */
    @Column(name = "esrd_coordination_period", nullable = false)
    public boolean esrdCoordinationPeriod;

    @Column(name = "answered_by", nullable = false)
    public String answeredBy;

    @Column(name = "answered_at", nullable = false)
    public Instant answeredAt;

    /**
     * The MSP rule that makes Medicare secondary to a group health plan, or empty when Medicare pays first. A group
     * plan in the ESRD coordination period pays first whatever the employment; otherwise it must come from current
     * employment at an employer of 20+ (age) or 100+ (disability) employees.
     */
    public Optional<CobRule> medicareSecondaryRule() {
        int size = employerSize == null ? 0 : employerSize;
        return switch (entitlement) {
            case ESRD -> esrdCoordinationPeriod ? Optional.of(CobRule.MSP_ESRD) : Optional.empty();
            case AGE -> groupPlanCurrentEmployment && size >= 20 ? Optional.of(CobRule.MSP_WORKING_AGED)
                    : Optional.empty();
            case DISABILITY -> groupPlanCurrentEmployment && size >= 100
                    ? Optional.of(CobRule.MSP_DISABLED_LARGE_GROUP) : Optional.empty();
        };
    }

    public static Optional<MspAnswers> of(String patientId) {
        return findByIdOptional(patientId);
    }
}
