package io.revcycle.claims.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A payer after the claim's own in the patient's order of benefits (position 2 secondary, 3 tertiary): its coverage
 * as EligibilityVerified named it and, once the payer before it has adjudicated, the 837 that went to it.
 */
@Entity
@Table(name = "claim_payer_leg")
@IdClass(ClaimPayerLeg.Key.class)
public class ClaimPayerLeg extends PanacheEntityBase {

    public enum Status {
        WAITING, SENT, ACKNOWLEDGED, ACCEPTED, REJECTED, ADJUDICATED, NOT_NEEDED, NOT_SENT;

        /** At the payer, not yet answered by its 835. */
        public boolean atPayer() {
            return this == SENT || this == ACKNOWLEDGED || this == ACCEPTED;
        }
    }

    public static class Key implements Serializable {
        public String claimId;
        public int position;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.position == position && Objects.equals(k.claimId, claimId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(claimId, position);
        }
    }

    @Id
    @Column(name = "claim_id")
    public String claimId;

    @Id
    @Column(name = "position")
    public int position;

    /** Acknowledgments and remittances of a leg arrive on different consumers: stale writes fail, see Claim#version. */
    @jakarta.persistence.Version
    @Column(nullable = false)
    public long version;

    /** SBR01 of this payer's 837: S secondary, T tertiary. */
    @Column(name = "payer_responsibility", nullable = false)
    public String payerResponsibility;

    @Column(name = "payer_id", nullable = false)
    public String payerId;

    @Column(name = "coverage_id")
    public String coverageId;

    @Column(name = "plan_name")
    public String planName;

    @Column(name = "group_id")
    public String groupId;

    @Column(name = "insurance_type")
    public String insuranceType;

    /** X12 individual relationship code of the patient to this coverage's subscriber (18 self). */
    @Column(name = "relationship_code", nullable = false)
    public String relationshipCode;

    /** PHI: never logged. */
    @Column(name = "member_id", nullable = false)
    public String memberId;

    @Column(name = "subscriber_first_name")
    public String subscriberFirstName;

    @Column(name = "subscriber_last_name")
    public String subscriberLastName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.WAITING;

    @Column(name = "status_reason")
    public String statusReason;

    /** CLM01 of this payer's 837: its own, so its acknowledgments and 835 never land on the primary's claim. */
    @Column(name = "patient_control_number")
    public String patientControlNumber;

    /** What the payers before it left (their patient responsibility): what this payer is asked to consider. */
    @Column(name = "remaining_balance")
    public BigDecimal remainingBalance;

    @Column(name = "isa13")
    public String isa13;

    @Column(name = "file_id")
    public String fileId;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The payer's own number for this claim (277CA REF*1K). */
    @Column(name = "payer_claim_control_number")
    public String payerClaimControlNumber;

    /** The payer before's adjudication this leg's 837 carried (JSON of PayerAdjudication), for a re-send. */
    @Column(name = "prior_adjudication")
    public String priorAdjudication;

    @Column(name = "paid_amount")
    public BigDecimal paidAmount;

    @Column(name = "patient_responsibility")
    public BigDecimal patientResponsibility;

    @Column(name = "adjudicated_at")
    public Instant adjudicatedAt;

    public boolean selfInsured() {
        return "18".equals(relationshipCode);
    }

    public static List<ClaimPayerLeg> of(String claimId) {
        return list("claimId = ?1 order by position", claimId);
    }

    /** Which of these claims have a payer after their own, in one query (an 837 batch announces each claim). */
    public static Set<String> claimsWithLegs(Collection<String> claimIds) {
        if (claimIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager()
                .createQuery("select distinct l.claimId from ClaimPayerLeg l where l.claimId in ?1", String.class)
                .setParameter(1, claimIds).getResultList());
    }

    public static Optional<ClaimPayerLeg> at(String claimId, int position) {
        return find("claimId = ?1 and position = ?2", claimId, position).firstResultOptional();
    }

    /** The leg sent in this interchange (a 999 names it by GS06, which is the ISA13 without padding). */
    public static Optional<ClaimPayerLeg> sentIn(String isa13) {
        return find("isa13", isa13).firstResultOptional();
    }

    /** The legs of these patient control numbers (a 277CA names one per claim), by number, in one query. */
    public static Map<String, ClaimPayerLeg> byPatientControlNumbers(Collection<String> pcns) {
        Map<String, ClaimPayerLeg> byPcn = new HashMap<>();
        if (!pcns.isEmpty()) {
            ClaimPayerLeg.<ClaimPayerLeg>list("patientControlNumber in ?1", pcns)
                    .forEach(l -> byPcn.put(l.patientControlNumber, l));
        }
        return byPcn;
    }

    public static Optional<ClaimPayerLeg> byResponsibility(String claimId, String payerResponsibility) {
        return find("claimId = ?1 and payerResponsibility = ?2", claimId, payerResponsibility).firstResultOptional();
    }
}
