package io.revcycle.eligibility.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The person responsible for the patient's bill, as registration sends it (HL7 ADT GT1), one per patient: the latest
 * registration's. Every field but the ids is PHI: returned by the API, never logged.
 */
@Entity
@Table(name = "patient_guarantor")
public class PatientGuarantor extends PanacheEntityBase {

    @Id
    @Column(name = "patient_id")
    public String patientId;

    @Column(name = "guarantor_number")
    public String guarantorNumber;

    @Column(name = "family_name", nullable = false)
    public String familyName;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    /** HL7 table 0063: the guarantor's relationship to the patient. */
    @Column(name = "relationship_code")
    public String relationshipCode;

    @Column(name = "address_line1")
    public String addressLine1;

    @Column(name = "address_line2")
    public String addressLine2;

    @Column(name = "city")
    public String city;

    @Column(name = "state")
    public String state;

    @Column(name = "postal_code")
    public String postalCode;

    @Column(name = "phone")
    public String phone;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
