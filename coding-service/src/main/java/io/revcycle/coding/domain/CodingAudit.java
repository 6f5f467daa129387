package io.revcycle.coding.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A finalized item sampled for second-level review: the codes as the coder finalized them, and once audited the
 * auditor's verdict per code (agreed, removed, added).
 */
@Entity
@Table(name = "coding_audit")
public class CodingAudit extends PanacheEntityBase {

    public enum Status {
        PENDING, COMPLETED
    }

    public enum Outcome {
        AGREED, REMOVED, ADDED
    }

    @Id
    @Column(name = "encounter_id")
    public String encounterId;

    @Column(nullable = false)
    public String coder;

    @Column(name = "encounter_type", nullable = false)
    public String encounterType;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "coder_codes", nullable = false)
    public List<String> coderCodes = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PENDING;

    @Column(name = "sampled_at", nullable = false)
    public Instant sampledAt;

    public String auditor;

    @Column(name = "audited_at")
    public Instant auditedAt;

    public String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "coding_audit_code", joinColumns = @JoinColumn(name = "encounter_id"))
    @MapKeyColumn(name = "code")
    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    public Map<String, Outcome> verdicts = new LinkedHashMap<>();

    public static CodingAudit sample(CodingWorkItem item, Instant now) {
        CodingAudit audit = new CodingAudit();
        audit.encounterId = item.encounterId;
        audit.coder = item.finalizedBy;
        audit.encounterType = item.encounterType;
        audit.coderCodes = new ArrayList<>(item.codeSet());
        audit.sampledAt = now;
        return audit;
    }

    /** The auditor's codes against the coder's, code by code. */
    public void complete(List<String> auditorCodes, String by, String why, Instant now) {
        verdicts.clear();
        for (String code : coderCodes) {
            verdicts.put(code, auditorCodes.contains(code) ? Outcome.AGREED : Outcome.REMOVED);
        }
        for (String code : auditorCodes) {
            verdicts.putIfAbsent(code, Outcome.ADDED);
        }
        status = Status.COMPLETED;
        auditor = by;
        auditedAt = now;
        note = why;
    }

    public long agreed() {
        return verdicts.values().stream().filter(o -> o == Outcome.AGREED).count();
    }

    public long disagreed() {
        return verdicts.size() - agreed();
    }
}
