package io.revcycle.eligibility.domain;

import java.math.BigDecimal;
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
import io.revcycle.messaging.PooledIds;

/** One cost-sharing benefit of a check's 271, as the payer stated it. */
@Entity
@Table(name = "eligibility_benefit")
public class EligibilityBenefit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "eligibility_benefit_ids")
    @SequenceGenerator(name = "eligibility_benefit_ids", sequenceName = "eligibility_benefit_id_seq", allocationSize = PooledIds.BLOCK)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "eligibility_check_id")
    public EligibilityCheck check;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BenefitKind kind;

    @Column(name = "coverage_level")
    public String coverageLevel;

    /** EB03 service type codes, comma-separated. */
    @Column(name = "service_types", nullable = false)
    public String serviceTypes;

    @Column(name = "time_period")
    public String timePeriod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Network network;

    @Column(precision = 12, scale = 2)
    public BigDecimal amount;

    @Column(precision = 5, scale = 2)
    public BigDecimal percent;

    public static EligibilityBenefit of(EligibilityCheck check, BenefitLine line) {
        EligibilityBenefit b = new EligibilityBenefit();
        b.check = check;
        b.kind = line.kind();
        b.coverageLevel = line.coverageLevel();
        b.serviceTypes = String.join(",", line.serviceTypes());
        b.timePeriod = line.timePeriod();
        b.network = line.network();
        b.amount = line.amount() == null ? null : line.amount().setScale(2, java.math.RoundingMode.HALF_UP);
        b.percent = line.percent();
        return b;
    }

    public BenefitLine toLine() {
        return new BenefitLine(kind, coverageLevel, serviceTypes.isEmpty() ? List.of() : List.of(serviceTypes.split(",")),
                timePeriod, network, amount, percent);
    }
}
