package io.revcycle.remittance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A CAS adjustment of one service line (loop 2110). */
@Entity
@Table(name = "remittance_adjustment")
public class RemittanceAdjustment extends CasAdjustment {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "line_id")
    public RemittanceLine line;
}
