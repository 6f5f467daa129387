package io.revcycle.patientbilling.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The first answer to a money mutation sent with an Idempotency-Key, replayed for the same key and request. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {

    @EmbeddedId
    public Key id;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public int status;

    @Column(name = "response_body")
    public String responseBody;

    public String location;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Embeddable
    public record Key(@Column(name = "scope") String scope, @Column(name = "idempotency_key") String idempotencyKey)
            implements Serializable {
    }

    /**
     * Claims the key for this transaction: true if it was free. A concurrent request with the same key waits here
     * until the first commits (then finds its record) or rolls back (then claims the key itself).
     */
    public static boolean claim(String scope, String key, String requestHash) {
        return getEntityManager().createNativeQuery("insert into idempotency_record (scope, idempotency_key, "
                + "request_hash, status, created_at) values (:s, :k, :h, 0, now()) on conflict do nothing")
                .setParameter("s", scope).setParameter("k", key).setParameter("h", requestHash).executeUpdate() == 1;
    }
}
