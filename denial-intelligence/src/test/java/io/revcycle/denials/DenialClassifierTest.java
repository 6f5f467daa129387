package io.revcycle.denials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** One real CARC/RARC combination per category, as payers send them, through the shipped rules. */
class DenialClassifierTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
    private final DenialClassifier classifier = DenialClassifier.shipped();

    @ParameterizedTest(name = "{0}-{1} {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            // group, CARC, RARCs, category, department, avoidable
            "CO, 27,  -,         ELIGIBILITY_REGISTRATION, FRONT_DESK, true",   // coverage terminated
            "CO, 31,  MA61,      ELIGIBILITY_REGISTRATION, FRONT_DESK, true",   // not our insured
            "CO, 16,  N382,      ELIGIBILITY_REGISTRATION, FRONT_DESK, true",   // patient identifier invalid
            "CO, 197, N54,       AUTHORIZATION,            FRONT_DESK, true",   // precertification absent
            "CO, 15,  -,         AUTHORIZATION,            FRONT_DESK, true",   // authorization number missing
            "CO, 11,  N10,       CODING,                   CODING,     true",   // diagnosis inconsistent with procedure
            "CO, 4,   N657,      CODING,                   CODING,     true",   // modifier missing
            "CO, 16,  M76,       CODING,                   CODING,     true",   // missing diagnosis: coding, not billing
            "CO, 50,  N115,      MEDICAL_NECESSITY,        CDI,        true",   // LCD medical necessity
            "CO, 150, M25,       MEDICAL_NECESSITY,        CDI,        true",   // level of service not supported
            "CO, 29,  -,         TIMELY_FILING,            BILLING,    true",   // filing limit expired
            "OA, 18,  N522,      DUPLICATE,                BILLING,    true",   // exact duplicate
            "CO, 97,  M15,       BUNDLING,                 CODING,     true",   // bundled (NCCI)
            "CO, 234, N20,       BUNDLING,                 CODING,     true",   // not paid separately
            "CO, 16,  N290,      MISSING_INFORMATION,      BILLING,    true",   // rendering provider id missing
            "CO, 252, M127,      MISSING_INFORMATION,      CDI,        true",   // medical record requested
            "OA, 22,  MA04,      COORDINATION_OF_BENEFITS, FRONT_DESK, true",   // another payer is primary
            "CO, 16,  MA04,      COORDINATION_OF_BENEFITS, FRONT_DESK, true",   // primary payer's payment missing
            "CO, 45,  -,         CONTRACTUAL,              BILLING,    false",  // fee schedule: not a denial
            "CO, 253, -,         CONTRACTUAL,              BILLING,    false",  // sequestration
    })
    void shouldClassifyRealCombinations(String group, String carc, String rarcs, DenialCategory category,
            Department department, boolean avoidable) {
        DenialClassification c = classifier.classify(new DenialToClassify("OTHERPAYER", group, carc,
                rarcs == null ? List.of() : List.of(rarcs.split(" ")), RECEIVED));

        assertThat(c.category()).isEqualTo(category);
        assertThat(c.department()).isEqualTo(department);
        assertThat(c.avoidable()).isEqualTo(avoidable);
        assertThat(c.isDenial()).isEqualTo(category != DenialCategory.CONTRACTUAL);
        assertThat(c.nextAction()).isNotBlank();
        assertThat(c.ruleId()).isNotBlank();
        assertThat(c.rulesVersion()).isEqualTo("2026.12-2");
        assertThat(c.appealDeadline()).isEqualTo(RECEIVED.plusDays(120)); // the default window
    }

    @Test
    void shouldCountTheAppealDeadlineFromThePayerDirectoryWindowWhenKnown() {
        DenialToClassify denial = new DenialToClassify("SYNPAYER1", "CO", "50", List.of("N115"), RECEIVED, 45);

        assertThat(classifier.classify(denial).appealDeadline()).isEqualTo(RECEIVED.plusDays(45));
        // without it: the rules' window for the payer (SYNPAYER1 60)
        assertThat(classifier.classify(new DenialToClassify("SYNPAYER1", "CO", "50", List.of("N115"), RECEIVED))
                .appealDeadline()).isEqualTo(RECEIVED.plusDays(60));
    }

    @Test
    void shouldPreferARemarkCodeRuleOverTheReasonAlone() {
        assertThat(classify("CO", "16", "N290").ruleId()).isEqualTo("missing-info-rendering-npi");
        assertThat(classify("CO", "16").ruleId()).isEqualTo("missing-info");
        assertThat(classify("CO", "16", "M76").category()).isEqualTo(DenialCategory.CODING);
    }

    @Test
    void shouldApplyThePayersAppealWindowAndOwnRules() {
        DenialClassification own = classifier.classify(
                new DenialToClassify("SYNPAYER1", "CO", "50", List.of("N115"), RECEIVED));
        DenialClassification general = classifier.classify(
                new DenialToClassify("SYNPAYER1", "CO", "50", List.of(), RECEIVED));

        assertThat(own.ruleId()).isEqualTo("synpayer1-lcd-coding");
        assertThat(own.nextAction()).startsWith("SYNPAYER1 reconsiders");
        assertThat(own.appealDeadline()).isEqualTo(LocalDate.of(2026, 5, 1)); // 60 days
        assertThat(general.ruleId()).isEqualTo("necessity-not-necessary");
        assertThat(general.appealDeadline()).isEqualTo(LocalDate.of(2026, 5, 1));
    }

    @Test
    void shouldClassifyARetiredCodeOnAHistoricRemittanceAndFlagItOnANewOne() {
        // CARC 42 (fee schedule, retired for 45) stopped 2007-06-01
        DenialClassification historic = classifier.classify(new DenialToClassify("SYNPAYER2", "CO", "42", List.of(),
                LocalDate.of(2006, 11, 20)));
        DenialClassification recent = classifier.classify(new DenialToClassify("SYNPAYER2", "CO", "42", List.of(),
                RECEIVED));

        assertThat(historic.category()).isEqualTo(DenialCategory.CONTRACTUAL);
        assertThat(historic.ruleId()).isEqualTo("contractual-fee-schedule-retired");
        assertThat(historic.inactiveCodes()).isEmpty();
        assertThat(recent.category()).isEqualTo(DenialCategory.CONTRACTUAL);
        assertThat(recent.inactiveCodes()).containsExactly("CARC 42 stopped 2007-06-01");
        // codes in use carry no flag; a code before its start date is flagged too
        assertThat(classify("CO", "45").inactiveCodes()).isEmpty();
        assertThat(classifier.classify(new DenialToClassify("SYNPAYER2", "CO", "45", List.of(),
                LocalDate.of(1994, 12, 31))).inactiveCodes()).containsExactly("CARC 45 starts 1995-01-01");
    }

    @Test
    void shouldLeaveAnUnknownCombinationUnclassifiedForADenialSpecialist() {
        DenialClassification c = classify("PI", "B7");

        assertThat(c.category()).isEqualTo(DenialCategory.UNCLASSIFIED);
        assertThat(c.department()).isEqualTo(Department.BILLING);
        assertThat(c.ruleId()).isNull();
        assertThat(c.isDenial()).isTrue();
    }

    @Test
    void shouldPickTheLargestRealDenialAsTheClaimsPrimary() {
        record Line(String carc, java.math.BigDecimal amount) {
        }
        List<Line> lines = List.of(new Line("45", new java.math.BigDecimal("500.00")),
                new Line("11", new java.math.BigDecimal("40.00")), new Line("29", new java.math.BigDecimal("75.00")));

        Line primary = DenialClassifier.primary(lines, l -> classify("CO", l.carc()), Line::amount);

        assertThat(primary.carc()).isEqualTo("29");
    }

    private DenialClassification classify(String group, String carc, String... rarcs) {
        return classifier.classify(new DenialToClassify("OTHERPAYER", group, carc, List.of(rarcs), RECEIVED));
    }
}
