package io.revcycle.remittance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.revcycle.messaging.PooledIds;

/** A CAS adjustment of one service line (loop 2110). */
@Entity
@Table(name = "remittance_adjustment")
public class RemittanceAdjustment extends CasAdjustment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "remittance_adjustment_ids")
    @SequenceGenerator(name = "remittance_adjustment_ids", sequenceName = "remittance_adjustment_id_seq", allocationSize = PooledIds.BLOCK)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "line_id")
    public RemittanceLine line;
}
