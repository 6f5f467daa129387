package io.revcycle.eligibility.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An entry of the payer directory: who the payer is, how it is reached, and the settings later stages use. */
@Entity
@Table(name = "payer")
public class Payer extends PanacheEntityBase {

    @Id
    @Column(name = "payer_id")
    public String payerId;

    @Column(nullable = false)
    public String name;

    /** ISA08/GS03 of the files sent to the payer. */
    @Column(name = "interchange_id", nullable = false)
    public String interchangeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "gateway_route", nullable = false)
    public GatewayRoute gatewayRoute;

    /** The payer answers 270 inquiries with 271s. */
    @Column(name = "real_time_eligibility", nullable = false)
    public boolean realTimeEligibility;

    /** SBR09 claim filing indicator of its claims (CI commercial, MB Medicare Part B, MC Medicaid...). */
    @Column(name = "claim_filing_indicator", nullable = false)
    public String claimFilingIndicator;

    @Column(name = "timely_filing_days", nullable = false)
    public int timelyFilingDays;

    @Column(name = "appeal_window_days", nullable = false)
    public int appealWindowDays;

    @Column(name = "follow_up_days", nullable = false)
    public int followUpDays;

    /** The payer acknowledges claims (999/277CA) but sends no 835 through the gateway. */
    @Column(name = "acknowledge_only", nullable = false)
    public boolean acknowledgeOnly;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The updatedAt last announced as PayerDirectoryUpdated; null: never announced (seeded). */
    @Column(name = "announced_at")
    public Instant announcedAt;

    /** 270s are sent to this payer: it answers them, through the gateway. */
    public boolean answersInquiries() {
        return realTimeEligibility && gatewayRoute == GatewayRoute.EDI_GATEWAY;
    }

    public static Optional<Payer> of(String payerId) {
        return findByIdOptional(payerId);
    }

    public static List<Payer> all() {
        return list("order by payerId");
    }
}
