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

/** A claim-level CAS adjustment (loop 2100), not tied to a service line. */
@Entity
@Table(name = "remittance_claim_adjustment")
public class RemittanceClaimAdjustment extends CasAdjustment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "remittance_claim_adjustment_ids")
    @SequenceGenerator(name = "remittance_claim_adjustment_ids", sequenceName = "remittance_claim_adjustment_id_seq", allocationSize = PooledIds.BLOCK)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "remittance_id")
    public Remittance remittance;
}
