package io.revcycle.remittance.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
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

@Entity
@Table(name = "submitted_claim_line")
public class SubmittedClaimLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submitted_claim_line_ids")
    @SequenceGenerator(name = "submitted_claim_line_ids", sequenceName = "submitted_claim_line_id_seq", allocationSize = PooledIds.BLOCK)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public SubmittedClaim claim;

    @Column(name = "line_number", nullable = false)
    public int lineNumber;

    @Column(name = "procedure_code", nullable = false)
    public String procedureCode;

    @Column(nullable = false)
    public int units;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal charge;
}
