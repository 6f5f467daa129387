package io.revcycle.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One statement cycle (one per cycle date): what it issued and why it passed over the other accounts. */
@Entity
@Table(name = "statement_run")
public class StatementRun extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cycle_date", nullable = false)
    public LocalDate cycleDate;

    @Column(name = "run_at", nullable = false)
    public Instant runAt;

    @Column(name = "run_by", nullable = false)
    public String runBy;

    public int issued;

    /** Accounts held because a payer has not settled one of their encounters yet. */
    @Column(name = "held_insurance")
    public int heldInsurance;

    @Column(name = "below_minimum")
    public int belowMinimum;

    /** Accounts whose last statement is younger than the cycle. */
    @Column(name = "not_due")
    public int notDue;

    /** The cycle group this run billed, of how many (accounts are spread over cycle days). */
    @Column(name = "cycle_group", nullable = false)
    public int cycleGroup;

    @Column(name = "cycle_groups", nullable = false)
    public int cycleGroups;

    /** Accounts of the other cycle groups: billed on their own days. */
    @Column(name = "other_cycle", nullable = false)
    public int otherCycle;

    @Column(name = "total_due", nullable = false, precision = 12, scale = 2)
    public BigDecimal totalDue;

    public static Optional<StatementRun> forDate(LocalDate cycleDate) {
        return find("cycleDate", cycleDate).firstResultOptional();
    }
}
