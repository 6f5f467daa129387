package io.revcycle.claims.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One 276 claim status inquiry (005010X212) about a claim the payer has not answered with an 835, and the status
 * its 277 gave (STC01: category, status code, entity). The trace number (2200D TRN02) is how the answer finds it.
 */
@Entity
@Table(name = "claim_status_inquiry")
public class ClaimStatusInquiry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id", nullable = false)
    public String claimId;

    @Column(name = "trace_number", nullable = false, unique = true)
    public String traceNumber;

    @Column(name = "payer_id", nullable = false)
    public String payerId;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Column(name = "file_id", nullable = false)
    public String fileId;

    @Column(name = "isa13", nullable = false)
    public String isa13;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answer_file_id")
    public String answerFileId;

    @Column(name = "status_category")
    public String statusCategory;

    @Column(name = "status_code")
    public String statusCode;

    @Column(name = "status_entity")
    public String statusEntity;

    public static Optional<ClaimStatusInquiry> byTrace(String traceNumber) {
        return find("traceNumber", traceNumber).firstResultOptional();
    }

    public static List<ClaimStatusInquiry> of(String claimId) {
        return list("claimId = ?1 order by id", claimId);
    }
}
