package io.revcycle.remittance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.revcycle.messaging.PooledIds;

/** One service line of a remittance (835 SVC) with its CAS adjustments and RARC remarks. */
@Entity
@Table(name = "remittance_line")
public class RemittanceLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "remittance_line_ids")
    @SequenceGenerator(name = "remittance_line_ids", sequenceName = "remittance_line_id_seq", allocationSize = PooledIds.BLOCK)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "remittance_id")
    public Remittance remittance;

    @Column(name = "line_number", nullable = false)
    public int lineNumber;

    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;

    /** REF*6R of the 835 line (the 837 line item control number), when the payer echoed it. */
    @Column(name = "line_item_control_number")
    public String lineItemControlNumber;

    /** SVC05 units paid, when given. */
    @Column(name = "units_paid", precision = 12, scale = 2)
    public BigDecimal unitsPaid;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal charge;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal allowed;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal paid;

    /** Nothing allowed and adjusted by the payer (not the patient): see RemittanceCalculator. */
    @Column(nullable = false)
    public boolean denied;

    @OneToMany(mappedBy = "line", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<RemittanceAdjustment> adjustments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "remittance_remark", joinColumns = @JoinColumn(name = "line_id"))
    @OrderColumn(name = "seq")
    @Column(name = "remark_code", nullable = false)
    public List<String> remarkCodes = new ArrayList<>();

    public void addAdjustment(RemittanceAdjustment adjustment) {
        adjustment.line = this;
        adjustments.add(adjustment);
    }

    /** The sum of this line's adjustments. */
    public BigDecimal adjusted() {
        return adjustments.stream().map(a -> a.amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
