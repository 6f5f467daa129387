package io.revcycle.payersim.domain;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A payer's allowed amount for one procedure (or revenue) code; codes without one are allowed at the percent. */
@Entity
@Table(name = "fee_schedule")
public class FeeSchedule extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JsonIgnore
    public Long id;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "procedure_code")
    public String procedureCode;
    @Column(name = "allowed_amount")
    public BigDecimal allowedAmount;

    public static Optional<FeeSchedule> of(String payerId, String code) {
        return find("payerId = ?1 and procedureCode = ?2", payerId, code).firstResultOptional();
    }
}
