package io.revcycle.claims.domain;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A payer we send 837s to: its name (2010BB), interchange id (ISA08/GS03), claim filing indicator (SBR09) and the
 * windows billers work against. A read-only copy of eligibility-service's payer directory (PayerDirectoryUpdated);
 * the windows are null until the directory has announced the payer.
 */
@Entity
@Table(name = "payer")
public class PayerEntry extends PanacheEntityBase {

    @Id
    @Column(name = "payer_id")
    public String payerId;

    @Column(nullable = false)
    public String name;

    @Column(name = "interchange_id", nullable = false)
    public String interchangeId;

    @Column(name = "claim_filing_indicator", nullable = false)
    public String claimFilingIndicator;

    @Column(name = "gateway_route")
    public String gatewayRoute;

    @Column(name = "timely_filing_days")
    public Integer timelyFilingDays;

    @Column(name = "appeal_window_days")
    public Integer appealWindowDays;

    @Column(name = "follow_up_days")
    public Integer followUpDays;

    @Column(name = "acknowledge_only", nullable = false)
    public boolean acknowledgeOnly;

    /** The directory entry's updatedAt this copy holds; null: the seeded row, never announced. */
    @Column(name = "directory_updated_at")
    public Instant directoryUpdatedAt;

    public static Optional<PayerEntry> byInterchangeId(String interchangeId) {
        return find("interchangeId", interchangeId).firstResultOptional();
    }
}
