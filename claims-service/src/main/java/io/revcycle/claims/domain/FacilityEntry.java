package io.revcycle.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A service location; it is also the billing provider of its own institutional (837I) claims. */
@Entity
@Table(name = "facility")
public class FacilityEntry extends PanacheEntityBase {

    @Id
    @Column(name = "facility_id")
    public String facilityId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String npi;

    @Column(nullable = false)
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
}
