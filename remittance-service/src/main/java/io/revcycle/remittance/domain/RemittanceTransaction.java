package io.revcycle.remittance.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One 835 transaction set of a file: the payment (BPR), its trace number (TRN) and the payer (loop 1000A). */
@Entity
@Table(name = "remittance_transaction")
public class RemittanceTransaction extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id")
    public RemittanceFile file;

    /** Position in the file, from 1. */
    @Column(nullable = false)
    public int seq;

    /** ST02. */
    @Column(name = "control_number")
    public String controlNumber;

    /** BPR01: C payment with remittance, I remittance only, H notification... */
    @Column(name = "handling_code")
    public String handlingCode;

    /** BPR02: the total paid, which balances with the claim payments minus the provider adjustments. */
    @Column(name = "payment_amount", nullable = false, precision = 12, scale = 2)
    public BigDecimal paymentAmount;

    @Column(name = "credit_debit")
    public String creditDebit;

    /** BPR04: ACH, CHK, BOP, FWT or NON. */
    @Column(name = "payment_method")
    public String paymentMethod;

    /** BPR16: check issue or EFT effective date. */
    @Column(name = "payment_date")
    public LocalDate paymentDate;

    /** TRN02: the check or EFT trace number. */
    /** DTM*405, the date the payer produced the 835. */
    @Column(name = "production_date")
    public LocalDate productionDate;

    @Column(name = "trace_number")
    public String traceNumber;

    /** TRN03: the payer's originating company id. */
    @Column(name = "trace_originator_id")
    public String traceOriginatorId;

    /** N1*PR N104 (else TRN03). */
    @Column(name = "payer_id")
    public String payerId;

    @Column(name = "payer_name")
    public String payerName;

    @Column(name = "claim_count", nullable = false)
    public int claimCount;

    @OneToMany(mappedBy = "transaction", cascade = CascadeType.ALL)
    @OrderBy("seq")
    public List<ClaimPayment> claimPayments = new ArrayList<>();

    @OneToMany(mappedBy = "transaction", cascade = CascadeType.ALL)
    @OrderBy("id")
    public List<ProviderAdjustment> providerAdjustments = new ArrayList<>();

    public void addProviderAdjustment(ProviderAdjustment adjustment) {
        adjustment.transaction = this;
        providerAdjustments.add(adjustment);
    }

    public void addClaimPayment(ClaimPayment payment) {
        payment.transaction = this;
        claimPayments.add(payment);
    }
}
