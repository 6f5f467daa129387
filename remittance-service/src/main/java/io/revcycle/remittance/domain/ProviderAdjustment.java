package io.revcycle.remittance.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
import io.quarkus.panache.common.Sort;

/**
 * One provider-level adjustment of an 835 (a PLB reason and amount), posted to the provider's account: it belongs to
 * no claim. A positive amount was withheld from the payment (an overpayment recovered, WO), a negative one was added
 * to it (interest, L6).
 */
@Entity
@Table(name = "provider_adjustment")
public class ProviderAdjustment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "transaction_id")
    public RemittanceTransaction transaction;

    /** PLB01: the provider the payer adjusted (NPI or tax id). */
    @Column(name = "provider_id", nullable = false)
    public String providerId;

    /** PLB02. */
    @Column(name = "fiscal_period_date")
    public LocalDate fiscalPeriodDate;

    /** PLB03-1 (and 05-1, ...): WO, L6, FB, 72, CS, J1, ... */
    @Column(nullable = false)
    public String reason;

    /** PLB03-2: the payer's reference (e.g. the claim the overpayment was on). */
    @Column
    public String reference;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;

    public static List<ProviderAdjustment> ofProvider(String providerId) {
        return list("providerId", Sort.descending("postedAt").and("id", Sort.Direction.Ascending), providerId);
    }
}
