package io.revcycle.payersim.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A benefit plan: what the member pays per claim and per year. */
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {
    @Id
    @Column(name = "plan_id")
    public String planId;
    @Column(name = "payer_id")
    public String payerId;
    public String name;
    /** CLP06 of the payer's 835s for this product, e.g. 12 PPO, HM HMO. */
    @Column(name = "claim_filing_indicator")
    public String claimFilingIndicator;
    public BigDecimal copay;
    @Column(name = "coinsurance_percent")
    public BigDecimal coinsurancePercent;
    @Column(name = "annual_deductible")
    public BigDecimal annualDeductible;
    @Column(name = "out_of_pocket_max")
    public BigDecimal outOfPocketMax;
}
