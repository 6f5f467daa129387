package io.revcycle.coding.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.revcycle.coding.edits.Finding;

/** A warning a coder overrode when finalizing: the finding as it was, who, when and why. */
@Embeddable
public class WorkItemOverride {

    @Column(name = "finding_id", nullable = false)
    public String findingId;

    @Column(name = "rule_id", nullable = false)
    public String ruleId;

    @Column(nullable = false)
    public String severity;

    @Column(nullable = false)
    public String message;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> codes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "line_numbers", nullable = false)
    public List<Integer> lineNumbers = new ArrayList<>();

    @Column(nullable = false)
    public String reason;

    @Column(name = "overridden_by", nullable = false)
    public String overriddenBy;

    @Column(name = "overridden_at", nullable = false)
    public Instant overriddenAt;

    public WorkItemOverride() {
    }

    public WorkItemOverride(Finding f, String reason, String overriddenBy, Instant overriddenAt) {
        this.findingId = f.id();
        this.ruleId = f.ruleId();
        this.severity = f.severity().name();
        this.message = f.message();
        this.codes = new ArrayList<>(f.codes());
        this.lineNumbers = new ArrayList<>(f.lineNumbers());
        this.reason = reason;
        this.overriddenBy = overriddenBy;
        this.overriddenAt = overriddenAt;
    }
}
