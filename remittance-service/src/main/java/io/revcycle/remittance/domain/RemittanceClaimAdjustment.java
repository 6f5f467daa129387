package io.revcycle.remittance.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A claim-level CAS adjustment (loop 2100), not tied to a service line. */
@Entity
@Table(name = "remittance_claim_adjustment")
public class RemittanceClaimAdjustment extends CasAdjustment {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "remittance_id")
    public Remittance remittance;
}
