package io.revcycle.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One patient share of an adjudicated claim line (a PR adjustment): deductible, coinsurance or co-payment; negative
 * when a later posting of the claim (a reversal, a correction) lowered it.
 */
@Entity
@Table(name = "account_line")
public class AccountLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "patient_id")
    public PatientAccount account;

    @Column(name = "claim_id", nullable = false)
    public String claimId;

    @Column(name = "encounter_id", nullable = false)
    public String encounterId;

    @Column(name = "line_number", nullable = false)
    public int lineNumber;

    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;

    @Column(name = "reason_code", nullable = false)
    public String reasonCode;

    /** Label of the reason code, see {@link PatientShareReason}. */
    @Column(nullable = false)
    public String reason;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;

    /** The key of a share: line, procedure and CARC, joined by the unit separator (X12 data never holds it). */
    public static String key(int lineNumber, String procedureCode, String reasonCode) {
        return lineNumber + "\u001f" + procedureCode + "\u001f" + reasonCode;
    }

    /** What the account holds for a claim, per share key (see {@link #key}). */
    public static java.util.Map<String, BigDecimal> sharesOfClaim(String claimId) {
        java.util.Map<String, BigDecimal> held = new java.util.LinkedHashMap<>();
        getEntityManager().createQuery("select l.lineNumber, l.procedureCode, l.reasonCode, sum(l.amount) "
                + "from AccountLine l where l.claimId = :c group by l.lineNumber, l.procedureCode, l.reasonCode "
                + "order by min(l.id)", Object[].class).setParameter("c", claimId).getResultList()
                .forEach(r -> held.put(key((Integer) r[0], (String) r[1], (String) r[2]), (BigDecimal) r[3]));
        return held;
    }
}
