package io.revcycle.claims.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A professional claim for one encounter; its id is deterministic ("CLM-" + encounterId). */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

    public static final String ID_PREFIX = "CLM-";

    @Id
    @Column(name = "claim_id")
    public String claimId;

    @Column(name = "encounter_id", nullable = false, unique = true)
    public String encounterId;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(name = "payer_id", nullable = false)
    public String payerId;

    @Column(name = "member_id", nullable = false)
    public String memberId;

    @Column(name = "billing_provider_npi", nullable = false)
    public String billingProviderNpi;

    @Column(name = "rendering_provider_npi", nullable = false)
    public String renderingProviderNpi;

    @Column(name = "facility_id", nullable = false)
    public String facilityId;

    @Column(name = "place_of_service", nullable = false)
    public String placeOfService;

    @Column(name = "date_of_service", nullable = false)
    public LocalDate dateOfService;

    @Convert(converter = CodeListConverter.class)
    @Column(name = "diagnosis_codes", nullable = false)
    public List<String> diagnosisCodes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "hold_reason")
    public HoldReason holdReason;

    @Column(name = "hold_detail")
    public String holdDetail;

    /** Null while a line has no price (claim held for NO_CHARGE). */
    @Column(name = "total_charge")
    public BigDecimal totalCharge;

    @Column(name = "expected_copay", nullable = false)
    public BigDecimal expectedCopay;

    @Column(name = "expected_coinsurance_percent", nullable = false)
    public BigDecimal expectedCoinsurancePercent;

    @Column(name = "expected_deductible_remaining", nullable = false)
    public BigDecimal expectedDeductibleRemaining;

    @Column(name = "allowed_amount")
    public BigDecimal allowedAmount;

    @Column(name = "paid_amount")
    public BigDecimal paidAmount;

    @Column(name = "patient_responsibility")
    public BigDecimal patientResponsibility;

    @Column(name = "contractual_adjustment")
    public BigDecimal contractualAdjustment;

    @Column(name = "denied_amount")
    public BigDecimal deniedAmount;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "adjudicated_at")
    public Instant adjudicatedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    public List<ClaimLine> lines = new ArrayList<>();

    public static String idFor(String encounterId) {
        return ID_PREFIX + encounterId;
    }

    public static Optional<Claim> forEncounter(String encounterId) {
        return findByIdOptional(idFor(encounterId));
    }

    /** The claim with its lines in one query (the detail view needs both). */
    public static Optional<Claim> withLines(String claimId) {
        return find("select distinct c from Claim c left join fetch c.lines where c.claimId = ?1", claimId)
                .singleResultOptional();
    }

    public void addLine(ClaimLine line) {
        line.claim = this;
        lines.add(line);
    }
}
