package io.revcycle.remittance.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The join of a claim and its remittances, one row per claim. Its row lock makes a second posting for the claim wait
 * until the first commits; {@link #remittanceReceivedAt} marks the claim's first posting, {@link #postingCount} counts
 * them.
 */
@Entity
@Table(name = "claim_match")
public class ClaimMatch extends PanacheEntityBase {

    @Id
    @Column(name = "claim_id")
    public String claimId;

    @Column(name = "claim_received_at")
    public Instant claimReceivedAt;

    @Column(name = "remittance_received_at")
    public Instant remittanceReceivedAt;

    @Column(name = "posted_at")
    public Instant postedAt;

    /** How many 835 claim payments were posted to the claim; the next posting is number postingCount + 1. */
    @Column(name = "posting_count", nullable = false)
    public int postingCount;

    /**
     * Creates the row if missing and locks it until the transaction ends ({@code on conflict do update} waits for a
     * concurrent inserter and then takes the lock), so the caller sees the other half if it was committed first.
     */
    public static ClaimMatch lockOrCreate(String claimId) {
        var em = getEntityManager();
        em.flush();
        em.createNativeQuery("insert into claim_match (claim_id) values (:id) "
                + "on conflict (claim_id) do update set claim_id = excluded.claim_id")
                .setParameter("id", claimId).executeUpdate();
        // a row already managed in this transaction was locked by it earlier, so its state is current
        return em.find(ClaimMatch.class, claimId);
    }

    /**
     * The rows of these claims, locked, in one query: a claim known here got its row when it was recorded, so the
     * rare missing one is created as {@link #lockOrCreate(String)} does. Callers hold the claims' patient control
     * number locks, which order two transactions over the same claims.
     */
    public static Map<String, ClaimMatch> lockAll(Collection<String> claimIds) {
        Map<String, ClaimMatch> byClaim = new HashMap<>();
        if (claimIds.isEmpty()) {
            return byClaim;
        }
        getEntityManager().flush();
        List<ClaimMatch> rows = find("claimId in ?1", claimIds).withLock(LockModeType.PESSIMISTIC_WRITE).list();
        rows.forEach(m -> byClaim.put(m.claimId, m));
        for (String id : claimIds) {
            byClaim.computeIfAbsent(id, ClaimMatch::lockOrCreate);
        }
        return byClaim;
    }

    public boolean claimReceived() {
        return claimReceivedAt != null;
    }

    public boolean remittanceReceived() {
        return remittanceReceivedAt != null;
    }

    public boolean posted() {
        return postedAt != null;
    }

    public static long countAwaitingRemittance() {
        return count("claimReceivedAt is not null and remittanceReceivedAt is null");
    }
}
