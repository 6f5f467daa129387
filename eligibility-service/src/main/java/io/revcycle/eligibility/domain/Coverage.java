package io.revcycle.eligibility.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A member's plan at one payer for a period of dates; {@code effectiveTo} null means open-ended. */
@Entity
@Table(name = "coverage")
public class Coverage extends PanacheEntityBase {

    @Id
    @Column(name = "coverage_id")
    public String coverageId;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(name = "payer_id", nullable = false)
    public String payerId;

    @Column(name = "payer_name")
    public String payerName;

    /** PHI: may be returned by the API, never logged. */
    @Column(name = "member_id", nullable = false)
    public String memberId;

    @Column(name = "plan_name", nullable = false)
    public String planName;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    /** Null (with the two below) when registration did not know it (HL7 ADT IN1): benefits unknown until verified. */
    @Column(name = "copay", precision = 12, scale = 2)
    public BigDecimal copay;

    @Column(name = "coinsurance_percent", precision = 5, scale = 2)
    public BigDecimal coinsurancePercent;

    @Column(name = "deductible_remaining", precision = 12, scale = 2)
    public BigDecimal deductibleRemaining;

    @Column(name = "group_id")
    public String groupId;

    @Enumerated(EnumType.STRING)
    @Column(name = "insurance_type", nullable = false)
    public InsuranceType insuranceType = InsuranceType.COMMERCIAL;

    /** X12 individual relationship code of the patient to the subscriber (see {@link Relationship}). */
    @Column(name = "relationship_code", nullable = false)
    public String relationshipCode = Relationship.SELF.code();

    /** PHI: may be returned by the API, never logged. */
    @Column(name = "subscriber_first_name")
    public String subscriberFirstName;

    /** PHI: may be returned by the API, never logged. */
    @Column(name = "subscriber_last_name")
    public String subscriberLastName;

    /** PHI (the birthday rule needs it): may be returned by the API, never logged. */
    @Column(name = "subscriber_birth_date")
    public LocalDate subscriberBirthDate;

    /** Priority declared at registration (1 = primary); null: the COB rules decide. */
    @Column(name = "declared_priority")
    public Integer declaredPriority;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Both ends inclusive: coverage ending 2026-03-31 still covers a visit on 2026-03-31. */
    public boolean covers(LocalDate dateOfService) {
        return !startsAfter(dateOfService) && !endedBefore(dateOfService);
    }

    public boolean startsAfter(LocalDate dateOfService) {
        return effectiveFrom.isAfter(dateOfService);
    }

    public boolean endedBefore(LocalDate dateOfService) {
        return effectiveTo != null && effectiveTo.isBefore(dateOfService);
    }

    public static List<Coverage> listByPayerAndMember(String payerId, String memberId) {
        return list("payerId = ?1 and memberId = ?2 order by effectiveFrom desc, coverageId", payerId, memberId);
    }

    public Relationship relationship() {
        return Relationship.fromCode(relationshipCode).orElse(Relationship.OTHER);
    }

    public static List<Coverage> listByPatient(String patientId) {
        return list("patientId = ?1 order by effectiveFrom desc, coverageId", patientId);
    }
}
