package io.revcycle.remittance.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One CAS adjustment: group code (CO, PR, OA, PI), claim adjustment reason code (CARC) and amount. Each table's id,
 * from its own sequence, is declared by the subclass.
 */
@MappedSuperclass
public abstract class CasAdjustment extends PanacheEntityBase {

    public static final String PATIENT_RESPONSIBILITY = "PR";

    @Column(name = "group_code", nullable = false)
    public String groupCode;

    @Column(name = "reason_code", nullable = false)
    public String reasonCode;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    public boolean patientResponsibility() {
        return PATIENT_RESPONSIBILITY.equals(groupCode);
    }
}
