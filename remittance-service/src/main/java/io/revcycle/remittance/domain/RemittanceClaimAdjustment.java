package io.revcycle.remittance.domain;

import java.math.BigDecimal;

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

/** A claim-level CAS adjustment (loop 2100), not tied to a service line. */
@Entity
@Table(name = "remittance_claim_adjustment")
public class RemittanceClaimAdjustment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Remittance remittance;

    @Column(name = "group_code", nullable = false)
    public String groupCode;

    @Column(name = "reason_code", nullable = false)
    public String reasonCode;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    public boolean patientResponsibility() {
        return RemittanceAdjustment.PATIENT_RESPONSIBILITY.equals(groupCode);
    }
}
