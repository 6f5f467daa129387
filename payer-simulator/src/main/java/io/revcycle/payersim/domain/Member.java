package io.revcycle.payersim.domain;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A member enrolled with a payer in a plan, covered from effective to termination date (inclusive). */
@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @JsonIgnore
    public Long id;
    @Column(name = "payer_id")
    public String payerId;
    @Column(name = "member_id")
    public String memberId;
    @Column(name = "plan_id")
    public String planId;
    @Column(name = "last_name")
    public String lastName;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    public String sex;
    @Column(name = "effective_date")
    public LocalDate effectiveDate;
    @Column(name = "termination_date")
    public LocalDate terminationDate;

    public static Optional<Member> of(String payerId, String memberId) {
        return find("payerId = ?1 and memberId = ?2", payerId, memberId).firstResultOptional();
    }

    public boolean coveredOn(LocalDate date) {
        return !date.isBefore(effectiveDate) && (terminationDate == null || !date.isAfter(terminationDate));
    }
}
