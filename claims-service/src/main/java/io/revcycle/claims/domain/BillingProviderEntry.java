package io.revcycle.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A provider that bills or renders, by NPI: a person (entity type 1) or an organisation (2). */
@Entity
@Table(name = "billing_provider")
public class BillingProviderEntry extends PanacheEntityBase {

    @Id
    public String npi;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    /** Last name of a person, else the organisation's name. */
    @Column(nullable = false)
    public String name;

    @Column(name = "first_name")
    public String firstName;

    public String ein;

    @Column(nullable = false)
    public String taxonomy;

    @Column(nullable = false)
    public String line1;

    @Column(nullable = false)
    public String city;

    @Column(nullable = false)
    public String state;

    @Column(name = "postal_code", nullable = false)
    public String postalCode;

    public boolean person() {
        return "1".equals(entityType);
    }
}
