package io.revcycle.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A patient payment taken against an encounter's estimate at the point of service (the payment itself is a
 * {@link PatientPayment} with the same id), with the estimated share it was taken against.
 */
@Entity
@Table(name = "point_of_service_payment")
public class PointOfServicePayment extends PanacheEntityBase {

    @Id
    @Column(name = "payment_id")
    public UUID paymentId;

    @Column(name = "encounter_id", nullable = false)
    public String encounterId;

    @Column(name = "estimated_share", nullable = false, precision = 12, scale = 2)
    public BigDecimal estimatedShare;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static List<PointOfServicePayment> ofEncounter(String encounterId) {
        return list("encounterId = ?1 order by receivedAt, paymentId", encounterId);
    }
}
