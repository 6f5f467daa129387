package io.revcycle.coding.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.revcycle.coding.edits.Finding;
import io.revcycle.coding.edits.Severity;

/** A finding of the edits on the work item's current codes. */
@Embeddable
public class WorkItemFinding {

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

    @Column(name = "content_version", nullable = false)
    public String contentVersion;

    public WorkItemFinding() {
    }

    public WorkItemFinding(Finding f) {
        this.findingId = f.id();
        this.ruleId = f.ruleId();
        this.severity = f.severity().name();
        this.message = f.message();
        this.codes = new ArrayList<>(f.codes());
        this.lineNumbers = new ArrayList<>(f.lineNumbers());
        this.contentVersion = f.contentVersion();
    }

    public boolean isError() {
        return Severity.ERROR.name().equals(severity);
    }
}
