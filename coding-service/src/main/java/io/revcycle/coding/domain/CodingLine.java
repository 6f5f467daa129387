package io.revcycle.coding.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A service line as currently coded; the procedure code stays null until someone supplies one. */
@Embeddable
public class CodingLine {

    @Column(name = "line_number", nullable = false)
    public int lineNumber;

    @Column(name = "procedure_code")
    public String procedureCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> modifiers = new ArrayList<>();

    @Column(nullable = false)
    public int units;

    /** 1-based positions in the work item's diagnosis codes. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "diagnosis_pointers", nullable = false)
    public List<Integer> diagnosisPointers = new ArrayList<>();

    /** OUTPATIENT_FACILITY: the NUBC revenue code chosen or confirmed for the line; null = the chargemaster's. */
    @Column(name = "revenue_code")
    public String revenueCode;

    public CodingLine() {
    }

    public CodingLine(int lineNumber, String procedureCode, List<String> modifiers, int units,
            List<Integer> diagnosisPointers, String revenueCode) {
        this.revenueCode = revenueCode;
        this.lineNumber = lineNumber;
        this.procedureCode = procedureCode;
        this.modifiers = new ArrayList<>(modifiers);
        this.units = units;
        this.diagnosisPointers = new ArrayList<>(diagnosisPointers);
    }
}
