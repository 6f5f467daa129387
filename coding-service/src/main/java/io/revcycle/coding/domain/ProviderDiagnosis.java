package io.revcycle.coding.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A diagnosis as the provider documented it; never changed by coding. */
@Embeddable
public class ProviderDiagnosis {

    @Column(nullable = false)
    public int sequence;

    @Column(nullable = false)
    public String description;

    @Column(name = "documented_code")
    public String documentedCode;

    /** POA indicator as documented (inpatient): Y, N, U, W or 1. */
    @Column(name = "present_on_admission")
    public String presentOnAdmission;

    public ProviderDiagnosis() {
    }

    public ProviderDiagnosis(int sequence, String description, String documentedCode, String presentOnAdmission) {
        this.sequence = sequence;
        this.description = description;
        this.documentedCode = documentedCode;
        this.presentOnAdmission = presentOnAdmission;
    }
}
