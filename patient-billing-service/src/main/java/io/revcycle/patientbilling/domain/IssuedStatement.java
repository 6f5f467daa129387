package io.revcycle.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A statement as issued: its figures for queries and the whole statement as JSON to render it again. */
@Entity
@Table(name = "patient_statement")
public class IssuedStatement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "run_id", nullable = false)
    public UUID runId;

    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Column(name = "statement_number", nullable = false)
    public int statementNumber;

    @Column(name = "statement_date", nullable = false)
    public LocalDate statementDate;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "total_due", nullable = false, precision = 12, scale = 2)
    public BigDecimal totalDue;

    @Column(name = "aging_current", nullable = false, precision = 12, scale = 2)
    public BigDecimal agingCurrent;

    @Column(name = "aging_31_60", nullable = false, precision = 12, scale = 2)
    public BigDecimal aging31to60;

    @Column(name = "aging_61_90", nullable = false, precision = 12, scale = 2)
    public BigDecimal aging61to90;

    @Column(name = "aging_91_120", nullable = false, precision = 12, scale = 2)
    public BigDecimal aging91to120;

    @Column(name = "aging_over_120", nullable = false, precision = 12, scale = 2)
    public BigDecimal agingOver120;

    @Column(name = "dunning_level", nullable = false)
    public int dunningLevel;

    @Column(name = "line_count", nullable = false)
    public int lineCount;

    @Column(nullable = false)
    public String body;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    /** The account's latest statement, if any. */
    public static Optional<IssuedStatement> latestOf(String accountId) {
        return find("accountId = ?1 order by statementNumber desc", accountId).firstResultOptional();
    }

    public static List<IssuedStatement> ofAccount(String accountId) {
        return list("accountId = ?1 order by statementNumber", accountId);
    }

    public static List<IssuedStatement> ofRun(UUID runId) {
        return list("runId = ?1 order by accountId", runId);
    }
}
