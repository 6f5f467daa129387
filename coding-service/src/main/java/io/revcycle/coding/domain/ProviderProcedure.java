package io.revcycle.coding.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A procedure as the provider documented it; never changed by coding. */
@Embeddable
public class ProviderProcedure {

    @Column(name = "line_number", nullable = false)
    public int lineNumber;

    @Column(nullable = false)
    public String description;

    @Column(name = "documented_code")
    public String documentedCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "documented_modifiers", nullable = false)
    public List<String> documentedModifiers = new ArrayList<>();

    @Column(nullable = false)
    public int units;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "diagnosis_sequences", nullable = false)
    public List<Integer> diagnosisSequences = new ArrayList<>();

    /** CPT, HCPCS or ICD10PCS as documented; null = CPT or HCPCS. */
    @Column(name = "code_system")
    public String codeSystem;

    @Column(name = "performed_date")
    public LocalDate performedDate;

    public ProviderProcedure() {
    }

    public ProviderProcedure(int lineNumber, String description, String documentedCode, List<String> modifiers,
            int units, List<Integer> diagnosisSequences, String codeSystem, LocalDate performedDate) {
        this.codeSystem = codeSystem;
        this.performedDate = performedDate;
        this.lineNumber = lineNumber;
        this.description = description;
        this.documentedCode = documentedCode;
        this.documentedModifiers = new ArrayList<>(modifiers);
        this.units = units;
        this.diagnosisSequences = new ArrayList<>(diagnosisSequences);
    }
}
