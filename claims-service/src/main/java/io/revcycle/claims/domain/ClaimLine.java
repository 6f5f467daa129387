package io.revcycle.claims.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
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

/** One service line of a claim with its price; charge = unit charge x units. */
@Entity
@Table(name = "claim_line")
public class ClaimLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_line_ids")
    @SequenceGenerator(name = "claim_line_ids", sequenceName = "claim_line_id_seq", allocationSize = PooledIds.BLOCK)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false)
    public Claim claim;

    @Column(name = "line_number", nullable = false)
    public int lineNumber;

    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;

    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false)
    public List<String> modifiers = new ArrayList<>();

    @Column(nullable = false)
    public int units;

    @Convert(converter = PointerListConverter.class)
    @Column(name = "diagnosis_pointers", nullable = false)
    public List<Integer> diagnosisPointers = new ArrayList<>();

    /** The revenue code coding chose or confirmed (outpatient facility lines); null = the chargemaster's. */
    @Column(name = "revenue_code")
    public String revenueCode;

    /** Null when the chargemaster has no price for the code on the date of service. */
    @Column(name = "unit_charge")
    public BigDecimal unitCharge;

    @Column
    public BigDecimal charge;
}
