package io.revcycle.x12.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One HI entry (C022): its code list qualifier (e.g. ABK principal ICD-10 diagnosis, ABF other diagnosis, BG condition,
 * BH occurrence, BI occurrence span, BE value, BBR principal procedure, DR DRG), the code and, where the qualifier
 * needs them, a date (end for spans), an amount (value codes) and the present-on-admission indicator (837I).
 */
public record HealthCode(String qualifier, String code, LocalDate date, LocalDate end, BigDecimal amount,
        String presentOnAdmission) {

    static final Set<String> DIAGNOSIS = Set.of("ABK", "BK", "ABF", "BF", "ABJ", "BJ", "APR", "PR", "ABN", "BN");

    public static HealthCode of(String qualifier, String code) {
        return new HealthCode(qualifier, code, null, null, null, null);
    }

    public boolean isDiagnosis() {
        return qualifier != null && DIAGNOSIS.contains(qualifier);
    }
}
