package io.revcycle.payersim.domain;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A payer denies a procedure in full: CAS group and reason (CARC), optional remark (RARC, sent as LQ*HE). */
@Entity
@Table(name = "denial_rule")
public class DenialRule extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JsonIgnore
    public Long id;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "procedure_code")
    public String procedureCode;
    @Column(name = "group_code")
    public String groupCode;
    @Column(name = "reason_code")
    public String reasonCode;
    @Column(name = "remark_code")
    public String remarkCode;

    public static Optional<DenialRule> of(String payerId, String code) {
        return find("payerId = ?1 and procedureCode = ?2", payerId, code).firstResultOptional();
    }
}
