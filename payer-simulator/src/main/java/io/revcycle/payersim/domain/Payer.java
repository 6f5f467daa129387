package io.revcycle.payersim.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A payer the simulator plays: its interchange id, contract percent, 835 habits and technical contact. */
@Entity
@Table(name = "payer")
public class Payer extends PanacheEntityBase {
    public static final String ELIGIBILITY_ANSWER = "ANSWER";
    public static final String ELIGIBILITY_UNAVAILABLE = "UNAVAILABLE";
    public static final String ELIGIBILITY_SILENT = "SILENT";

    @Id
    @Column(name = "payer_id")
    public String payerId;
    public String name;
    @Column(name = "isa_id")
    public String isaId;
    @Column(name = "tax_id")
    public String taxId;
    @Column(name = "allowed_percent")
    public BigDecimal allowedPercent;
    @Column(name = "acknowledge_only")
    public boolean acknowledgeOnly;
    /** How 270 inquiries are answered: ANSWER (from the member tables), UNAVAILABLE (AAA 42) or SILENT (not at all). */
    @Column(name = "eligibility_mode")
    public String eligibilityMode = ELIGIBILITY_ANSWER;
    @Column(name = "payment_method")
    public String paymentMethod;
    @Column(name = "payment_cycle_seconds")
    public int paymentCycleSeconds;
    @Column(name = "contact_name")
    public String contactName;
    @Column(name = "contact_phone")
    public String contactPhone;
    @Column(name = "address_line")
    public String addressLine;
    public String city;
    public String state;
    @Column(name = "postal_code")
    public String postalCode;
    @Column(name = "last_remittance_at")
    public Instant lastRemittanceAt;

    public static Optional<Payer> byIsaId(String isaId) {
        return find("isaId", isaId).firstResultOptional();
    }
}
