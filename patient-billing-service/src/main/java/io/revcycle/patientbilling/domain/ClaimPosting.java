package io.revcycle.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An adjudicated claim this service has seen, with the patient responsibility its account holds for it; its primary
 * key and row lock keep two adjudications of a claim from both applying.
 */
@Entity
@Table(name = "claim_posting")
public class ClaimPosting extends PanacheEntityBase {

    @Id
    @Column(name = "claim_id")
    public String claimId;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(name = "encounter_id", nullable = false)
    public String encounterId;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    /** False for claims without patient responsibility: seen, nothing billed. */
    @Column(nullable = false)
    public boolean posted;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The newest posting of the claim applied here (0: an adjudication from before postings were numbered). */
    @Column(name = "posting_sequence", nullable = false)
    public int postingSequence;

    /**
     * Claims the claim for this transaction: true if it was new. A concurrent insert of the same claim waits for the
     * other transaction and then finds the claim taken.
     */
    public static boolean claim(String claimId, String patientId, String encounterId, UUID eventId) {
        return getEntityManager().createNativeQuery("insert into claim_posting (claim_id, patient_id, encounter_id, "
                + "event_id, amount, posted, received_at) values (:c, :p, :e, :id, 0, false, now()) "
                + "on conflict (claim_id) do nothing")
                .setParameter("c", claimId).setParameter("p", patientId).setParameter("e", encounterId)
                .setParameter("id", eventId).executeUpdate() == 1;
    }

    /** The claim's row, locked until the transaction ends. */
    public static ClaimPosting lock(String claimId) {
        return getEntityManager().find(ClaimPosting.class, claimId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    public static long countPosted() {
        return count("posted", true);
    }
}
