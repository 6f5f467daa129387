package io.revcycle.coding.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An ICD-10-PCS procedure of an inpatient stay as currently coded: the 837I reports it with its date. */
@Embeddable
public class IcdProcedure {

    @Column(name = "procedure_code")
    public String code;

    @Column(name = "performed_date", nullable = false)
    public LocalDate performedDate;

    public IcdProcedure() {
    }

    public IcdProcedure(String code, LocalDate performedDate) {
        this.code = code;
        this.performedDate = performedDate;
    }
}
