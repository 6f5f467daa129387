package io.revcycle.claims.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A rejected claim in the correction queue, with the rejection's codes and reason in words. */
@Entity
@Table(name = "correction_item")
public class CorrectionItem extends PanacheEntityBase {

    public enum Status {
        OPEN, RESOLVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "claim_id", nullable = false)
    public String claimId;

    /** SBR01 of the rejected leg: P the claim itself, S or T the claim sent to a next payer. */
    @Column(name = "payer_responsibility", nullable = false)
    public String payerResponsibility = "P";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RejectionStage stage;

    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false)
    public List<String> codes = new ArrayList<>();

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "file_id")
    public String fileId;

    @Column(name = "isa13")
    public String isa13;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    public static List<CorrectionItem> openFor(String claimId) {
        return openFor(claimId, "P");
    }

    public static List<CorrectionItem> openFor(String claimId, String payerResponsibility) {
        return list("claimId = ?1 and payerResponsibility = ?2 and status = ?3", claimId, payerResponsibility,
                Status.OPEN);
    }
}
