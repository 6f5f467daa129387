package io.revcycle.claims.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A chargemaster price: the charge per unit of a procedure code from a date on. Seeded by Flyway, maintained through
 * the API; claims are priced from the in-memory {@link io.revcycle.claims.service.Chargemaster}.
 */
@Entity
@Table(name = "chargemaster")
@IdClass(ChargemasterEntry.Key.class)
public class ChargemasterEntry extends PanacheEntityBase {

    @Id
    @Column(nullable = false)
    public String code;

    @Id
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "charge_per_unit", nullable = false)
    public BigDecimal chargePerUnit;

    @Column(nullable = false)
    public String description;

    /** NUBC revenue code of the code's institutional (837I) lines; null when it is never billed by a facility. */
    @Column(name = "revenue_code")
    public String revenueCode;

    public static List<ChargemasterEntry> listAllOrdered() {
        return list("order by code, effectiveFrom");
    }

    public static class Key implements Serializable {
        public String code;
        public LocalDate effectiveFrom;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(code, k.code) && Objects.equals(effectiveFrom, k.effectiveFrom);
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, effectiveFrom);
        }
    }
}
