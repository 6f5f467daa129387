package io.revcycle.remittance.domain;

import io.revcycle.events.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.revcycle.messaging.PooledIds;

/**
 * One posting: an 835 claim payment matched to its claim, with the amounts computed from its lines. A claim may have
 * several (further partial payments, a reversal with negative amounts, the corrected claim); its totals are the sums
 * over them (see ClaimRemittances).
 */
@Entity
@Table(name = "remittance")
public class Remittance extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "remittance_ids")
    @SequenceGenerator(name = "remittance_ids", sequenceName = "remittance_id_seq", allocationSize = PooledIds.BLOCK)
    public Long id;

    @Column(name = "claim_id", nullable = false)
    public String claimId;

    /** 1 for the claim's first posting, then 2, 3... */
    @Column(nullable = false)
    public int sequence;

    /** CLP02 22: takes back an earlier payment (negative amounts). */
    @Column(nullable = false)
    public boolean reversal;

    /** For a reversal: the posting it takes back, when one matched (same CLP07 if given, paid = - its paid). */
    @Column(name = "reverses_remittance_id")
    public Long reversesRemittanceId;

    /** Every CAS amount of the posting, claim and line level, all groups. */
    @Column(name = "adjusted_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal adjustedAmount;

    /** AMT*I claim interest, for information: not in the paid amount (CLP04), paid through PLB*L6; 0 when absent. */
    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal interest;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(name = "encounter_id", nullable = false)
    public String encounterId;

    @Column(name = "payer_id", nullable = false)
    public String payerId;

    @Column(name = "payer_claim_control_number", nullable = false)
    public String payerClaimControlNumber;

    @Column(name = "claim_status_code", nullable = false)
    public String claimStatusCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(name = "total_charge", nullable = false, precision = 12, scale = 2)
    public BigDecimal totalCharge;

    @Column(name = "allowed_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal allowedAmount;

    @Column(name = "paid_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal paidAmount;

    @Column(name = "patient_responsibility", nullable = false, precision = 12, scale = 2)
    public BigDecimal patientResponsibility;

    @Column(name = "contractual_adjustment", nullable = false, precision = 12, scale = 2)
    public BigDecimal contractualAdjustment;

    @Column(name = "denied_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal deniedAmount;

    /** PR-1 deductible, PR-2 coinsurance and PR-3 copay: the split of the patient responsibility. */
    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal deductible;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal coinsurance;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal copay;

    /** CLP01. */
    @Column(name = "patient_control_number")
    public String patientControlNumber;

    /** BPR16 of the 835 this was posted from, else its production date (DTM*405). */
    @Column(name = "payment_date")
    public LocalDate paymentDate;

    /** The 835 claim payment this remittance was posted from. */
    @Column(name = "claim_payment_id")
    public Long claimPaymentId;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "posted_at")
    public Instant postedAt;

    @OneToMany(mappedBy = "remittance", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    public List<RemittanceLine> lines = new ArrayList<>();

    /** Claim-level CAS (loop 2100). */
    @OneToMany(mappedBy = "remittance", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<RemittanceClaimAdjustment> claimAdjustments = new ArrayList<>();

    /** Claim-level remarks (MOA / MIA remark codes), in the payer's order. */
    @ElementCollection
    @CollectionTable(name = "remittance_claim_remark", joinColumns = @JoinColumn(name = "remittance_id"))
    @OrderColumn(name = "seq")
    @Column(name = "remark_code", nullable = false)
    public List<String> claimRemarkCodes = new ArrayList<>();

    public void addClaimAdjustment(RemittanceClaimAdjustment adjustment) {
        adjustment.remittance = this;
        claimAdjustments.add(adjustment);
    }

    public void addLine(RemittanceLine line) {
        line.remittance = this;
        lines.add(line);
    }

    public boolean posted() {
        return postedAt != null;
    }

    public List<RemittanceLine> deniedLines() {
        return lines.stream().filter(l -> l.denied).toList();
    }

    /** The claim's postings, oldest first. */
    public static List<Remittance> ofClaim(String claimId) {
        return list("claimId = ?1", io.quarkus.panache.common.Sort.ascending("sequence"), claimId);
    }

    /** Sums over posted remittances. */
    public record PostedTotals(long posted, BigDecimal paid, BigDecimal allowed, BigDecimal patientResponsibility,
            BigDecimal contractualAdjustment, BigDecimal denied) {
    }

    public static PostedTotals postedTotals() {
        Object[] row = getEntityManager().createQuery("select count(r), sum(r.paidAmount), sum(r.allowedAmount), "
                + "sum(r.patientResponsibility), sum(r.contractualAdjustment), sum(r.deniedAmount) "
                + "from Remittance r where r.postedAt is not null", Object[].class).getSingleResult();
        return new PostedTotals(((Number) row[0]).longValue(), money(row[1]), money(row[2]), money(row[3]),
                money(row[4]), money(row[5]));
    }

    /** Posted remittances per outcome, every outcome present. */
    public static Map<Outcome, Long> postedByOutcome() {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0L);
        }
        getEntityManager().createQuery("select r.outcome, count(r) from Remittance r where r.postedAt is not null "
                + "group by r.outcome", Object[].class).getResultList()
                .forEach(row -> counts.put((Outcome) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    private static BigDecimal money(Object sum) {
        return Money.sumOrZero(sum);
    }

    /** A denial is announced when any line was denied, or the payer denied the whole claim (CLP02 = 4). */
    public boolean raisesDenial() {
        return outcome == Outcome.DENIED || lines.stream().anyMatch(l -> l.denied);
    }
}
