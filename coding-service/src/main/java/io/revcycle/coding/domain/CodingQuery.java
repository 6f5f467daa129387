package io.revcycle.coding.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A physician (CDI) query on a work item: the question asked, the indicators cited, and the answer. */
@Entity
@Table(name = "coding_query")
public class CodingQuery extends PanacheEntityBase {

    @Id
    @Column(name = "query_id")
    public UUID queryId;

    @Column(name = "encounter_id", nullable = false)
    public String encounterId;

    @Column(name = "template_id", nullable = false)
    public String templateId;

    @Column(nullable = false)
    public String question;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> options = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "clinical_indicators", nullable = false)
    public List<String> clinicalIndicators = new ArrayList<>();

    @Column(name = "physician_npi", nullable = false)
    public String physicianNpi;

    @Column(name = "raised_by", nullable = false)
    public String raisedBy;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Column(name = "return_to", nullable = false)
    public String returnTo;

    public String answer;

    @Column(name = "answer_comment")
    public String answerComment;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public boolean isOpen() {
        return answeredAt == null;
    }

    public static List<CodingQuery> ofEncounter(String encounterId) {
        return list("encounterId = ?1 order by raisedAt", encounterId);
    }

    public static long openOn(String encounterId) {
        return count("encounterId = ?1 and answeredAt is null", encounterId);
    }
}
