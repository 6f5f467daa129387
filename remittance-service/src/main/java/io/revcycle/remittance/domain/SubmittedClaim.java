package io.revcycle.remittance.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** Our copy of a submitted claim: the 835 names the claim by its patient control number, not the patient. */
@Entity
@Table(name = "submitted_claim")
public class SubmittedClaim extends PanacheEntityBase {

    @Id
    @Column(name = "claim_id")
    public String claimId;

    @Column(name = "encounter_id", nullable = false)
    public String encounterId;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(name = "payer_id", nullable = false)
    public String payerId;

    /** CLM01 of the 837, echoed as CLP01 in the 835; null on claims submitted before the 837 was written. */
    @Column(name = "patient_control_number")
    public String patientControlNumber;

    @Column(name = "total_charge", nullable = false, precision = 12, scale = 2)
    public BigDecimal totalCharge;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The claim's date of service and rendering provider, for the patient's statement; null on older claims. */
    @Column(name = "date_of_service")
    public LocalDate dateOfService;

    @Column(name = "rendering_provider_npi")
    public String renderingProviderNpi;

    /** SBR01 of the claim (P primary, S secondary...) and whether another payer follows it (order of benefits). */
    @Column(name = "payer_responsibility", nullable = false)
    public String payerResponsibility = "P";

    @Column(name = "next_payer_pending", nullable = false)
    public boolean nextPayerPending;

    /** For a next payer's submission (claimId "CLM-...:S"): the claim it belongs to; null for the claim's own. */
    @Column(name = "claim_of_record")
    public String claimOfRecord;

    /** The key of a claim's submission to one payer: the claim id for its own payer, with ":S" / ":T" after it. */
    public static String submissionId(String claimId, String payerResponsibility) {
        return payerResponsibility == null || "P".equals(payerResponsibility) ? claimId
                : claimId + ":" + payerResponsibility;
    }

    /** A secondary or later payer's submission (coordination of benefits). */
    public boolean afterAnotherPayer() {
        return payerResponsibility != null && !"P".equals(payerResponsibility);
    }

    /** The claim this submission belongs to: what its events name. */
    public String claimOfRecord() {
        return claimOfRecord == null ? claimId : claimOfRecord;
    }

    /** The claim's trace (W3C traceparent) from its ClaimSubmitted: the adjudication published later continues it. */
    @Column(name = "traceparent")
    public String traceparent;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    public List<SubmittedClaimLine> lines = new ArrayList<>();

    /** The claim an 835 CLP01 names; the newest if a patient control number was ever reused. */
    public static Optional<SubmittedClaim> byPatientControlNumber(String patientControlNumber) {
        return find("patientControlNumber", Sort.descending("receivedAt"), patientControlNumber).firstResultOptional();
    }

    /** The claims of an 835 file's CLP01s with their lines, in one query: the newest claim per number. */
    public static Map<String, SubmittedClaim> byPatientControlNumbers(Collection<String> patientControlNumbers) {
        Map<String, SubmittedClaim> byNumber = new HashMap<>();
        if (patientControlNumbers.isEmpty()) {
            return byNumber;
        }
        List<SubmittedClaim> claims = list("select distinct c from SubmittedClaim c left join fetch c.lines "
                + "where c.patientControlNumber in ?1", patientControlNumbers);
        for (SubmittedClaim c : claims) {
            byNumber.merge(c.patientControlNumber, c, (a, b) -> a.receivedAt.isAfter(b.receivedAt) ? a : b);
        }
        return byNumber;
    }

    public void addLine(SubmittedClaimLine line) {
        line.claim = this;
        lines.add(line);
    }
}
