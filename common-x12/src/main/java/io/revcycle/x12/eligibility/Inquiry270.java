package io.revcycle.x12.eligibility;

import java.math.BigDecimal;
import java.util.List;

/**
 * Loop 2110C/2110D of a 270: what is asked about.
 *
 * @param serviceTypes       EQ01 service type codes (repeating), e.g. 30 health benefit plan coverage, 98 office visit
 * @param procedure          EQ02, asked instead of or with the service types
 * @param coverageLevel      EQ03 (FAM only in 005010X279A1)
 * @param diagnosisPointers  EQ05, 1-based pointers into the member's HI codes
 * @param spendDownAmount    AMT*R
 * @param billedAmount       AMT*PB
 * @param facilityCodes      III (ZZ place of service)
 * @param priorAuthorization REF*9F or REF*G1
 * @param date               DTP*291
 */
public record Inquiry270(List<String> serviceTypes, ProcedureCode procedure, String coverageLevel,
        List<Integer> diagnosisPointers, BigDecimal spendDownAmount, BigDecimal billedAmount,
        List<IndustryCode> facilityCodes, Reference priorAuthorization, DatePeriod date) {

    public Inquiry270 {
        serviceTypes = serviceTypes == null ? List.of() : List.copyOf(serviceTypes);
        diagnosisPointers = diagnosisPointers == null ? List.of() : List.copyOf(diagnosisPointers);
        facilityCodes = facilityCodes == null ? List.of() : List.copyOf(facilityCodes);
    }

    public static Inquiry270 ofServiceTypes(String... serviceTypes) {
        return new Inquiry270(List.of(serviceTypes), null, null, List.of(), null, null, List.of(), null, null);
    }
}
