package io.revcycle.patientbilling.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One collections placement run: the accounts it handed to the agency make one placement file. */
@Entity
@Table(name = "placement_run")
public class PlacementRun extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "run_at", nullable = false)
    public Instant runAt;

    @Column(name = "run_by", nullable = false)
    public String runBy;

    @Column(name = "agency_id", nullable = false)
    public String agencyId;

    public int placed;

    @Column(nullable = false, precision = 12, scale = 2)
    public BigDecimal total;
}
