package io.revcycle.remittance.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A payer's windows as eligibility-service's payer directory announced them (read-only copy). */
@Entity
@Table(name = "payer_window")
public class PayerWindow extends PanacheEntityBase {

    @Id
    @Column(name = "payer_id")
    public String payerId;

    @Column(name = "timely_filing_days", nullable = false)
    public int timelyFilingDays;

    @Column(name = "appeal_window_days", nullable = false)
    public int appealWindowDays;

    @Column(name = "follow_up_days", nullable = false)
    public int followUpDays;

    @Column(name = "directory_updated_at", nullable = false)
    public Instant directoryUpdatedAt;

    /** The payer's appeal window in days, or null when the directory has not announced the payer. */
    public static Integer appealWindowDays(String payerId) {
        return payerId == null ? null
                : PayerWindow.<PayerWindow>findByIdOptional(payerId).map(w -> w.appealWindowDays).orElse(null);
    }
}
