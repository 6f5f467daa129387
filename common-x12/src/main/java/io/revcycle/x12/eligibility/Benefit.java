package io.revcycle.x12.eligibility;

import java.math.BigDecimal;
import java.util.List;

/**
 * Loop 2110C/2110D of a 271: one EB segment and what belongs to it.
 *
 * @param infoCode           EB01, see {@link EligibilityInfoCode} (1 active coverage, 6 inactive, A co-insurance, B
 *                           co-payment, C deductible, G out of pocket, L primary care provider, R other payer...)
 * @param coverageLevel      EB02, e.g. IND, FAM
 * @param serviceTypes       EB03 (repeating), e.g. 30, 98
 * @param insuranceType      EB04, e.g. HM, MB, C1
 * @param planDescription    EB05
 * @param timePeriod         EB06, e.g. 23 calendar year, 27 visit, 29 remaining
 * @param amount             EB07 (co-payment, deductible...)
 * @param percent            EB08 as a decimal fraction (0.2 = 20 %)
 * @param quantityQualifier  EB09, e.g. VS visits
 * @param quantity           EB10
 * @param authorizationRequired EB11: Y, N or U
 * @param inNetwork          EB12: Y, N, U or W (not applicable)
 * @param procedure          EB13
 * @param diagnosisPointers  EB14
 * @param deliveries         HSD
 * @param references         REF
 * @param dates              DTP
 * @param rejections         AAA
 * @param messages           MSG
 * @param additionalInfo     2115 III loops
 * @param relatedEntities    2120 loops (LS/LE are written around them)
 */
public record Benefit(String infoCode, String coverageLevel, List<String> serviceTypes, String insuranceType,
        String planDescription, String timePeriod, BigDecimal amount, BigDecimal percent, String quantityQualifier,
        BigDecimal quantity, String authorizationRequired, String inNetwork, ProcedureCode procedure,
        List<Integer> diagnosisPointers, List<ServiceDelivery> deliveries, List<Reference> references,
        List<DatePeriod> dates, List<Rejection> rejections, List<String> messages, List<IndustryCode> additionalInfo,
        List<RelatedEntity> relatedEntities) {

    public Benefit {
        serviceTypes = serviceTypes == null ? List.of() : List.copyOf(serviceTypes);
        diagnosisPointers = diagnosisPointers == null ? List.of() : List.copyOf(diagnosisPointers);
        deliveries = deliveries == null ? List.of() : List.copyOf(deliveries);
        references = references == null ? List.of() : List.copyOf(references);
        dates = dates == null ? List.of() : List.copyOf(dates);
        rejections = rejections == null ? List.of() : List.copyOf(rejections);
        messages = messages == null ? List.of() : List.copyOf(messages);
        additionalInfo = additionalInfo == null ? List.of() : List.copyOf(additionalInfo);
        relatedEntities = relatedEntities == null ? List.of() : List.copyOf(relatedEntities);
    }

    /** A bare EB segment with only EB01 to EB05. */
    public static Benefit of(String infoCode, String coverageLevel, List<String> serviceTypes, String insuranceType,
            String planDescription) {
        return new Benefit(infoCode, coverageLevel, serviceTypes, insuranceType, planDescription, null, null, null,
                null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    /** EB01 as a typed code, when it is one of the guide's codes. */
    public java.util.Optional<EligibilityInfoCode> info() {
        return EligibilityInfoCode.fromCode(infoCode);
    }
}
