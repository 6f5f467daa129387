package io.revcycle.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;

/** A refund of an account's credit balance on its way: requested, approved, issued. */
@Entity
@Table(name = "refund_request")
public class RefundRequest extends PanacheEntityBase {

    public enum Status {
        REQUESTED, APPROVED, ISSUED
    }

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Column(name = "patient_id", nullable = false)
    public String patientId;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public String reason;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "issued_at")
    public Instant issuedAt;

    public String method;

    public String reference;

    public static RefundRequest lock(UUID id) {
        return getEntityManager().find(RefundRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Refunds not yet issued (credit balances awaiting refund), or all of one status; of one guarantor account when
     * accountId is given. Oldest request first, one page of them.
     */
    public static List<RefundRequest> search(String accountId, Status status, int page, int size) {
        String where = status == null ? "status <> :status" : "status = :status";
        Parameters params = Parameters.with("status", status == null ? Status.ISSUED : status);
        if (accountId != null) {
            where += " and accountId = :account";
            params.and("account", accountId);
        }
        return find(where + " order by requestedAt, id", params).page(page, size).list();
    }
}
