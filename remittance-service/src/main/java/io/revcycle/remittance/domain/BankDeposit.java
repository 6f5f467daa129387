package io.revcycle.remittance.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A deposit as the bank reports it, matched to the 835 payment with the same trace number (check or EFT number). */
@Entity
@Table(name = "bank_deposit")
public class BankDeposit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "trace_number", nullable = false, unique = true)
    public String traceNumber;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    @Column(name = "deposit_date", nullable = false)
    public LocalDate depositDate;

    @Column(name = "entered_at", nullable = false)
    public Instant enteredAt;

    public static Optional<BankDeposit> byTraceNumber(String traceNumber) {
        return find("traceNumber", traceNumber).firstResultOptional();
    }
}
