package io.revcycle.patientbilling.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One payer's latest posting of a claim that has more than one payer (coordination of benefits): P the claim's own
 * payer, S, T the payers after it. Read under the claim's {@link ClaimPosting} row lock.
 */
@Entity
@Table(name = "claim_payer_posting")
@IdClass(ClaimPayerPosting.Key.class)
public class ClaimPayerPosting extends PanacheEntityBase {

    /** X12 payer responsibility sequence codes in order of benefits. */
    private static final String ORDER = "PSTABCDEFGH";

    public static class Key implements Serializable {
        public String claimId;
        public String payerResponsibility;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.claimId, claimId)
                    && Objects.equals(k.payerResponsibility, payerResponsibility);
        }

        @Override
        public int hashCode() {
            return Objects.hash(claimId, payerResponsibility);
        }
    }

    @Id
    @Column(name = "claim_id")
    public String claimId;

    @Id
    @Column(name = "payer_responsibility")
    public String payerResponsibility;

    @Column(name = "posting_sequence", nullable = false)
    public int postingSequence;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal paid;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal contractual;

    @Column(name = "next_payer_pending", nullable = false)
    public boolean nextPayerPending;

    /** The claim's payers that have posted, in order of benefits. */
    public static List<ClaimPayerPosting> of(String claimId) {
        return ClaimPayerPosting.<ClaimPayerPosting>list("claimId", claimId).stream()
                .sorted(Comparator.comparingInt(p -> rank(p.payerResponsibility))).toList();
    }

    public static int rank(String payerResponsibility) {
        int i = ORDER.indexOf(payerResponsibility);
        return i < 0 ? ORDER.length() : i;
    }
}
