package io.revcycle.remittance.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.revcycle.messaging.PooledIds;

/**
 * One CLP loop (2100) of an 835 as received, with what became of it. The parsed loop is kept as JSON in
 * {@link #content} so that a payment whose claim is not known yet is posted later with exactly the amounts received.
 */
@Entity
@Table(name = "claim_payment")
public class ClaimPayment extends PanacheEntityBase {

    public enum Disposition {
        /** Posted to its claim (a payment, a further partial payment, a reversal or a correction). */
        POSTED,
        /** No claim with its patient control number yet: waits in the unmatched queue. */
        UNMATCHED,
        /** The same 835 payment (payer, trace number) said exactly this before: recorded, never posted twice. */
        DUPLICATE,
        /** CLP02 22 recorded without posting, before reversals were posted (older rows only). */
        REVERSAL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_payment_ids")
    @SequenceGenerator(name = "claim_payment_ids", sequenceName = "claim_payment_id_seq", allocationSize = PooledIds.BLOCK)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "transaction_id")
    public RemittanceTransaction transaction;

    /** Position of the CLP in its transaction set, from 1. */
    @Column(nullable = false)
    public int seq;

    /** CLP01, echoing CLM01 of the 837. */
    @Column(name = "patient_control_number", nullable = false)
    public String patientControlNumber;

    /** Null while unmatched. */
    @Column(name = "claim_id")
    public String claimId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Disposition disposition;

    /** CLP07. */
    @Column(name = "payer_claim_control_number")
    public String payerClaimControlNumber;

    /** CLP02. */
    @Column(name = "claim_status_code", nullable = false)
    public String claimStatusCode;

    /** CLP03. */
    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal charge;

    /** CLP04. */
    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal paid;

    /** CLP05 (0 when absent). */
    @Column(name = "patient_responsibility", nullable = false, precision = 12, scale = 2)
    public BigDecimal patientResponsibility;

    /** The parsed CLP loop as JSON (see ClaimPaymentCodec). */
    @Column(nullable = false)
    public String content;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "matched_at")
    public Instant matchedAt;

    /** SHA-256 of the payer, the TRN02 trace number and the parsed CLP loop: equal only for the same payment again. */
    @Column(name = "fingerprint")
    public String fingerprint;

    /** Matched by hand from the unmatched queue: who (the token's user) and why; null when matched automatically. */
    @Column(name = "matched_by")
    public String matchedBy;

    @Column(name = "match_reason")
    public String matchReason;

    /** Unmatched payments for a patient control number, oldest first (the first one posts, later ones duplicate). */
    public static List<ClaimPayment> unmatched(String patientControlNumber) {
        return list("patientControlNumber = ?1 and disposition = ?2", Sort.ascending("id"), patientControlNumber,
                Disposition.UNMATCHED);
    }

    public static List<ClaimPayment> unmatchedQueue(int limit) {
        return find("disposition", Sort.descending("receivedAt").and("id"), Disposition.UNMATCHED).page(0, limit)
                .list();
    }

    public static long countUnmatched() {
        return count("disposition", Disposition.UNMATCHED);
    }

    /**
     * Id, claim id, patient control number and fingerprint of the payments posted to these claims or still waiting
     * in the unmatched queue under these patient control numbers, in one query.
     */
    public static List<Object[]> settledFingerprints(java.util.Collection<String> claimIds,
            java.util.Collection<String> patientControlNumbers) {
        return getEntityManager().createQuery("select p.id, p.claimId, p.patientControlNumber, p.fingerprint "
                + "from ClaimPayment p where p.fingerprint is not null and ((p.claimId in :claims and p.disposition = "
                + "io.revcycle.remittance.domain.ClaimPayment.Disposition.POSTED) or (p.patientControlNumber in :pcns "
                + "and p.disposition = io.revcycle.remittance.domain.ClaimPayment.Disposition.UNMATCHED))",
                Object[].class).setParameter("claims", claimIds.isEmpty() ? List.of("") : claimIds)
                .setParameter("pcns", patientControlNumbers.isEmpty() ? List.of("") : patientControlNumbers)
                .getResultList();
    }

    public static List<String> postedFingerprints(String claimId) {
        return getEntityManager().createQuery("select p.fingerprint from ClaimPayment p where p.claimId = :c and "
                + "p.fingerprint is not null and p.disposition = "
                + "io.revcycle.remittance.domain.ClaimPayment.Disposition.POSTED", String.class)
                .setParameter("c", claimId).getResultList();
    }

    public static long countDuplicates(String claimId) {
        return count("claimId = ?1 and disposition = ?2", claimId, Disposition.DUPLICATE);
    }
}
