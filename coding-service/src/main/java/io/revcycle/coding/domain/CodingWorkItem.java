package io.revcycle.coding.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.revcycle.coding.edits.Finding;

/** The coders' unit of work: one documented encounter, its current codes and what is still wrong with them. */
@Entity
@Table(name = "coding_work_item")
public class CodingWorkItem extends PanacheEntityBase {

    public static final String AUTO = "AUTO";
    public static final String INPATIENT = "INPATIENT";

    @Id
    @Column(name = "encounter_id")
    public String encounterId;

    @Column(nullable = false)
    public String source;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(name = "rendering_provider_npi", nullable = false)
    public String renderingProviderNpi;

    @Column(name = "billing_provider_npi", nullable = false)
    public String billingProviderNpi;

    @Column(name = "facility_id", nullable = false)
    public String facilityId;

    @Column(name = "place_of_service", nullable = false)
    public String placeOfService;

    @Column(name = "payer_id", nullable = false)
    public String payerId;

    @Column(name = "member_id", nullable = false)
    public String memberId;

    @Column(name = "date_of_service", nullable = false)
    public LocalDate dateOfService;

    /** F, M or U, for the MCE sex edits (null on items opened before the edits engine). */
    @Column(name = "patient_sex")
    public String patientSex;

    /** Age in years on the date of service, for the MCE age edits; the birth date itself is not kept. */
    @Column(name = "patient_age")
    public Integer patientAge;

    /** PROFESSIONAL, OUTPATIENT_FACILITY or INPATIENT (decides 837P or 837I downstream). */
    @Column(name = "encounter_type", nullable = false)
    public String encounterType = "PROFESSIONAL";

    /** INPATIENT: admission and discharge (dateOfService is the discharge date), NUBC discharge status. */
    @Column(name = "admission_date")
    public LocalDate admissionDate;

    @Column(name = "discharge_date")
    public LocalDate dischargeDate;

    @Column(name = "discharge_disposition")
    public String dischargeDisposition;

    /** INPATIENT: NUBC priority (type) of admission, UB-04 FL 14; null = not given. */
    @Column(name = "admission_type")
    public String admissionType;

    /** INPATIENT: NUBC point of origin, UB-04 FL 15; null = not given. */
    @Column(name = "admission_source")
    public String admissionSource;

    @Column(name = "specialty")
    public String specialty;

    /** Charges posted to the account so far, as documented (null when the EHR sent none). */
    @Column(name = "expected_charge", precision = 12, scale = 2)
    public BigDecimal expectedCharge;

    /** The chart's clinical note, shown beside the codes; never logged. */
    @Column(name = "note_text")
    public String noteText;

    // Demographics for the claim's subscriber loop only: never in views or logs.
    @Column(name = "patient_first_name")
    public String patientFirstName;

    @Column(name = "patient_last_name")
    public String patientLastName;

    @Column(name = "patient_date_of_birth")
    public LocalDate patientDateOfBirth;

    @Column(name = "patient_address_line1")
    public String patientAddressLine1;

    @Column(name = "patient_address_line2")
    public String patientAddressLine2;

    @Column(name = "patient_city")
    public String patientCity;

    @Column(name = "patient_state")
    public String patientState;

    @Column(name = "patient_postal_code")
    public String patientPostalCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkItemStatus status = WorkItemStatus.NEEDS_REVIEW;

    /** First-listed first; an element is null while that diagnosis has no code. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "diagnosis_codes", nullable = false)
    public List<String> diagnosisCodes = new ArrayList<>();

    /** POA indicator of each diagnosis code, by position (inpatient; null where not reported). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "diagnosis_poa", nullable = false)
    public List<String> diagnosisPoa = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> issues = new ArrayList<>();

    /** The coder an open item is locked to (pulled, assigned or claimed by changing its codes); null = in the queue. */
    @Column(name = "assigned_to")
    public String assignedTo;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Column(name = "finalized_by")
    public String finalizedBy;

    @Column(name = "finalized_at")
    public Instant finalizedAt;

    /** When claims-service sent its claim (ClaimSubmitted): the encounter has left DNFB. */
    @Column(name = "billed_at")
    public Instant billedAt;

    /** When claims-service held the encounter's claim (ClaimHeld, a scrubber rejection); null once it is sent. */
    @Column(name = "claim_held_at")
    public Instant claimHeldAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_hold_reason")
    public ClaimHoldReason claimHoldReason;

    @Column(name = "content_version", nullable = false)
    public String contentVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "work_item_diagnosis", joinColumns = @JoinColumn(name = "encounter_id"))
    @OrderColumn(name = "position")
    public List<ProviderDiagnosis> documentedDiagnoses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "work_item_procedure", joinColumns = @JoinColumn(name = "encounter_id"))
    @OrderColumn(name = "position")
    public List<ProviderProcedure> documentedProcedures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "work_item_line", joinColumns = @JoinColumn(name = "encounter_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT) // the worklist shows every item's lines: one query, not one per item
    public List<CodingLine> lines = new ArrayList<>();

    /** INPATIENT: the ICD-10-PCS procedures, principal first. */
    @ElementCollection
    @CollectionTable(name = "work_item_icd_procedure", joinColumns = @JoinColumn(name = "encounter_id"))
    @OrderColumn(name = "position")
    public List<IcdProcedure> icdProcedures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "work_item_finding", joinColumns = @JoinColumn(name = "encounter_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<WorkItemFinding> findings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "work_item_override", joinColumns = @JoinColumn(name = "encounter_id"))
    @OrderColumn(name = "position")
    public List<WorkItemOverride> overrides = new ArrayList<>();

    public static Optional<CodingWorkItem> findForUpdate(String encounterId) {
        return findByIdOptional(encounterId, LockModeType.PESSIMISTIC_WRITE);
    }

    public static List<CodingWorkItem> byStatus(WorkItemStatus status, int limit) {
        return find("status = ?1 order by createdAt, encounterId", status).page(0, limit).list();
    }

    /** One page of a filtered work list and how many items match in all. */
    public record Page(List<CodingWorkItem> items, long total) {
    }

    /**
     * The items of one status in one queue (null parts: any), those whose encounter or payer id contains
     * {@code text}, in the given order, from {@code offset}: the work list past any one page's limit.
     */
    public static Page page(WorkItemStatus status, String facilityId, String encounterType, String specialty,
            String text, String orderBy, int offset, int limit) {
        StringBuilder where = new StringBuilder("status = :status");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("status", status);
        if (facilityId != null) {
            where.append(" and facilityId = :facilityId");
            params.and("facilityId", facilityId);
        }
        if (encounterType != null) {
            where.append(" and encounterType = :encounterType");
            params.and("encounterType", encounterType);
        }
        if (specialty != null) {
            where.append(" and specialty = :specialty");
            params.and("specialty", specialty);
        }
        if (text != null) {
            // a plain substring (no LIKE wildcards in what the user typed)
            where.append(" and (locate(:text, lower(encounterId)) > 0 or locate(:text, lower(payerId)) > 0)");
            params.and("text", text.toLowerCase(java.util.Locale.ROOT));
        }
        long total = count(where.toString(), params);
        List<CodingWorkItem> items = find(where + " order by " + orderBy, params)
                .range(offset, offset + limit - 1).list();
        return new Page(items, total);
    }

    /** Work item counts: by status, and coded ones by who finalized them (AUTO or a coder). */
    public static long count(WorkItemStatus status, boolean automatic) {
        return status == WorkItemStatus.CODED
                ? count("status = ?1 and " + (automatic ? "finalizedBy = ?2" : "finalizedBy <> ?2"), status, "AUTO")
                : count("status", status);
    }

    public void assignTo(String coder, Instant now) {
        assignedTo = coder;
        assignedAt = now;
        updatedAt = now;
    }

    public void release(Instant now) {
        assignedTo = null;
        assignedAt = null;
        updatedAt = now;
    }

    /** Locked to someone else: only its coder (or a coding manager's reassignment) may work it. */
    public boolean isLockedAgainst(String coder) {
        return assignedTo != null && !assignedTo.equals(coder);
    }

    public boolean isInpatient() {
        return INPATIENT.equals(encounterType);
    }

    /**
     * Every code as finalized, one string each, so two codings compare as sets: {@code DX <ICD-10-CM>},
     * {@code PX <CPT/HCPCS>[-modifier…]} and {@code PCS <ICD-10-PCS>}.
     */
    public List<String> codeSet() {
        return codeSet(diagnosisCodes.stream().filter(Objects::nonNull).toList(),
                lines.stream().map(l -> new CodeOfLine(l.procedureCode, l.modifiers)).toList(),
                icdProcedures.stream().map(p -> p.code).filter(Objects::nonNull).toList());
    }

    /** A CPT/HCPCS line as the audit compares it: the code with its modifiers (units and pointers aside). */
    public record CodeOfLine(String procedureCode, List<String> modifiers) {
    }

    public static List<String> codeSet(List<String> diagnoses, List<CodeOfLine> lines, List<String> icdProcedures) {
        List<String> codes = new ArrayList<>();
        diagnoses.forEach(d -> codes.add("DX " + d.toUpperCase()));
        lines.forEach(l -> codes.add("PX " + l.procedureCode().toUpperCase()
                + (l.modifiers().isEmpty() ? "" : "-" + String.join("-", l.modifiers()).toUpperCase())));
        icdProcedures.forEach(p -> codes.add("PCS " + p.toUpperCase()));
        return codes.stream().distinct().toList();
    }

    public boolean isCoded() {
        return status == WorkItemStatus.CODED;
    }

    /** A coder's codes replace the current ones as a whole; lines are kept in line-number order. */
    public void replaceCodes(List<String> newDiagnosisCodes, List<CodingLine> newLines, Instant now) {
        diagnosisCodes = new ArrayList<>(newDiagnosisCodes);
        lines.clear();
        newLines.stream().sorted(Comparator.comparingInt(l -> l.lineNumber)).forEach(lines::add);
        updatedAt = now;
    }

    /** Records the edits' findings on the current codes; issues are the errors' messages (what blocks). */
    public void checked(List<Finding> current, String checkedContentVersion, Instant now) {
        findings.clear();
        current.stream().map(WorkItemFinding::new).forEach(findings::add);
        issues = new ArrayList<>(current.stream().filter(Finding::isError).map(Finding::message).toList());
        contentVersion = checkedContentVersion;
        updatedAt = now;
    }

    public void needsReview(Instant now) {
        status = WorkItemStatus.NEEDS_REVIEW;
        updatedAt = now;
    }

    /** Only without errors; warnings stay on the item as findings, the overridden ones also as overrides. */
    public void finalizeBy(String coder, List<WorkItemOverride> newOverrides, Instant now) {
        if (!issues.isEmpty()) {
            throw new IllegalStateException("encounter " + encounterId + " has errors");
        }
        status = WorkItemStatus.CODED;
        overrides.clear();
        overrides.addAll(newOverrides);
        finalizedBy = coder;
        finalizedAt = now;
        updatedAt = now;
    }
}
