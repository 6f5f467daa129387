package io.revcycle.claims.domain;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A payer we send 837s to: its name (2010BB), interchange id (ISA08/GS03) and claim filing indicator (SBR09). */
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

    public static Optional<PayerEntry> byInterchangeId(String interchangeId) {
        return find("interchangeId", interchangeId).firstResultOptional();
    }
}
