package io.revcycle.claims.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The claim for one encounter (837P or 837I); its id is deterministic ("CLM-" + encounterId). */
@Entity
@Table(name = "claim")
public class Claim extends PanacheEntityBase {

    public static final String ID_PREFIX = "CLM-";
    public static final String ORIGINAL = "1";
    public static final String REPLACEMENT = "7";
    public static final String VOID = "8";

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

    /** Several consumers and billers change a claim: a write from a stale read fails instead of undoing another's. */
    @jakarta.persistence.Version
    @Column(nullable = false)
    public long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "hold_reason")
    public HoldReason holdReason;

    @Column(name = "hold_detail")
    public String holdDetail;

    /** Null while a line has no price (claim held for NO_CHARGE). */
    @Column(name = "total_charge")
    public BigDecimal totalCharge;

    /** The eligibility check's benefits; null when it did not know them (never taken as 0.00). */
    @Column(name = "expected_copay")
    public BigDecimal expectedCopay;

    @Column(name = "expected_coinsurance_percent")
    public BigDecimal expectedCoinsurancePercent;

    @Column(name = "expected_deductible_remaining")
    public BigDecimal expectedDeductibleRemaining;

    /** When the newest eligibility check the claim has seen was made; too old a check is re-verified before sending. */
    @Column(name = "eligibility_checked_at")
    public Instant eligibilityCheckedAt;

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

    /** The encounter's trace (W3C traceparent) when the claim was created: events sent later for it continue it. */
    @Column(name = "traceparent")
    public String traceparent;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_type", nullable = false)
    public ClaimType claimType = ClaimType.PROFESSIONAL;

    /** CLM01: "RC" + 10 digits, assigned when the claim is first built; echoed in the 277CA and 835. */
    @Column(name = "patient_control_number")
    public String patientControlNumber;

    @Column(name = "patient_first_name")
    public String patientFirstName;

    @Column(name = "patient_last_name")
    public String patientLastName;

    @Column(name = "patient_birth_date")
    public LocalDate patientBirthDate;

    @Column(name = "patient_sex")
    public String patientSex;

    @Column(name = "patient_line1")
    public String patientLine1;

    @Column(name = "patient_line2")
    public String patientLine2;

    @Column(name = "patient_city")
    public String patientCity;

    @Column(name = "patient_state")
    public String patientState;

    @Column(name = "patient_postal_code")
    public String patientPostalCode;

    /** When it last became READY: the batcher sends the oldest first and waits at most max-wait for company. */
    @Column(name = "ready_at")
    public Instant readyAt;

    /** The 837 batch that carried it last, and its transaction set there (ST02). */
    @Column(name = "batch_id")
    public Long batchId;

    @Column(name = "st02")
    public String st02;

    /** The payer's own number for the claim: 277CA REF*1K, then CLP07 of the 835 that adjudicated it. */
    @Column(name = "payer_claim_control_number")
    public String payerClaimControlNumber;

    /** CLM05-3 of its next 837: 1 original, 7 replacement (corrected after a denial), 8 void. */
    @Column(name = "frequency_code", nullable = false)
    public String frequencyCode = ORIGINAL;

    /** INPATIENT stays only (type of bill 0111); null on every other claim. */
    @Column(name = "admission_date")
    public LocalDate admissionDate;

    @Column(name = "discharge_date")
    public LocalDate dischargeDate;

    /** NUBC patient discharge status (CL103). */
    @Column(name = "discharge_disposition")
    public String dischargeDisposition;

    /** NUBC priority (type) of admission and point of origin (CL101, CL102); null = not given, sent as 9. */
    @Column(name = "admission_type")
    public String admissionType;

    @Column(name = "admission_source")
    public String admissionSource;

    /** Present-on-admission indicator of each diagnosis, by position; {@code -} where none was reported. */
    @Column(name = "diagnosis_poa")
    public String diagnosisPoa;

    @Convert(converter = IcdProcedureListConverter.class)
    @Column(name = "icd_procedures")
    public List<IcdProcedure> icdProcedures = new ArrayList<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    public List<ClaimLine> lines = new ArrayList<>();

    /** Keeps the newer of the check times (an event redelivered late must not make the claim look older). */
    public void eligibilityCheckedAt(Instant checkedAt) {
        if (checkedAt != null && (eligibilityCheckedAt == null || checkedAt.isAfter(eligibilityCheckedAt))) {
            eligibilityCheckedAt = checkedAt;
        }
    }

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

    /** Claims with their lines in one query (an 837 batch writes every line of every claim). */
    public static List<Claim> withLines(Collection<String> claimIds) {
        return list("select distinct c from Claim c left join fetch c.lines where c.claimId in ?1", claimIds);
    }

    public PatientDemographics patient() {
        return new PatientDemographics(patientFirstName, patientLastName, patientBirthDate, patientSex, patientLine1,
                patientLine2, patientCity, patientState, patientPostalCode);
    }

    public void setPatient(PatientDemographics p) {
        patientFirstName = p == null ? null : p.firstName();
        patientLastName = p == null ? null : p.lastName();
        patientBirthDate = p == null ? null : p.dateOfBirth();
        patientSex = p == null ? null : p.sex();
        patientLine1 = p == null ? null : p.line1();
        patientLine2 = p == null ? null : p.line2();
        patientCity = p == null ? null : p.city();
        patientState = p == null ? null : p.state();
        patientPostalCode = p == null ? null : p.postalCode();
    }

    public static Optional<Claim> byPatientControlNumber(String pcn) {
        // the patient control number never changes and a claim loaded earlier comes back as that same instance, so the
        // query needs no auto-flush of every claim the transaction has touched (one per claim of a 277CA or 835)
        return find("patientControlNumber", pcn).withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                .firstResultOptional();
    }

    /**
     * The claims of these patient control numbers in one query (a 277CA names one per claim), by number; no auto-flush
     * for the same reason as {@link #byPatientControlNumber(String)}.
     */
    public static Map<String, Claim> byPatientControlNumbers(Collection<String> pcns) {
        Map<String, Claim> byPcn = new HashMap<>();
        if (pcns.isEmpty()) {
            return byPcn;
        }
        List<Claim> claims = find("patientControlNumber in ?1", pcns)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).list();
        for (Claim c : claims) {
            byPcn.putIfAbsent(c.patientControlNumber, c);
        }
        return byPcn;
    }

    public boolean isInpatient() {
        return admissionDate != null;
    }

    public void setStay(InpatientStay stay) {
        admissionDate = stay == null ? null : stay.admissionDate();
        dischargeDate = stay == null ? null : stay.dischargeDate();
        dischargeDisposition = stay == null ? null : stay.dischargeDisposition();
        admissionType = stay == null ? null : stay.admissionType();
        admissionSource = stay == null ? null : stay.admissionSource();
        icdProcedures = stay == null ? new ArrayList<>() : new ArrayList<>(stay.procedures());
        diagnosisPoa = stay == null || stay.diagnosisPresentOnAdmission().isEmpty() ? null
                : stay.diagnosisPresentOnAdmission().stream().map(p -> p == null ? "-" : p)
                        .collect(Collectors.joining());
    }

    /** The POA indicator of the diagnosis at this 0-based position; null when not reported. */
    public String presentOnAdmission(int position) {
        if (diagnosisPoa == null || position >= diagnosisPoa.length() || diagnosisPoa.charAt(position) == '-') {
            return null;
        }
        return String.valueOf(diagnosisPoa.charAt(position));
    }

    public void addLine(ClaimLine line) {
        line.claim = this;
        lines.add(line);
    }
}
