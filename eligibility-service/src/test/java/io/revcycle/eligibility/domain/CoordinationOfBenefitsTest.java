package io.revcycle.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The order of benefits rules one by one, each case with the rule it must name. */
class CoordinationOfBenefitsTest {

    private static final LocalDate DOS = LocalDate.of(2026, 3, 15);

    @Test
    void shouldNameTheOnlyCoverageAndIgnoreThoseNotActiveOnTheDate() {
        Coverage own = coverage("COV-A", InsuranceType.COMMERCIAL, Relationship.SELF, "2020-01-01");
        Coverage ended = coverage("COV-B", InsuranceType.COMMERCIAL, Relationship.SELF, "2020-01-01");
        ended.effectiveTo = LocalDate.of(2025, 12, 31);

        assertThat(CoordinationOfBenefits.order(List.of(own, ended), Optional.empty(), DOS))
                .extracting(p -> p.coverage().coverageId, CobPosition::responsibility, CobPosition::rule)
                .containsExactly(tuple("COV-A", PayerResponsibility.P, CobRule.ONLY_COVERAGE));
        assertThat(CoordinationOfBenefits.order(List.of(ended), Optional.empty(), DOS)).isEmpty();
    }

    @Test
    void shouldPutTheChildsCoverageOfTheParentWithTheEarlierBirthdayFirst() {
        // mother born 1985-11-02, father 1980-04-20: the father's birthday comes first in the year, his age does not count
        Coverage mother = dependent("COV-M", "1985-11-02", "2019-01-01");
        Coverage father = dependent("COV-F", "1980-04-20", "2024-06-01");

        List<CobPosition> order = CoordinationOfBenefits.order(List.of(mother, father), Optional.empty(), DOS);

        assertThat(order).extracting(p -> p.coverage().coverageId, CobPosition::responsibility, CobPosition::rule)
                .containsExactly(tuple("COV-F", PayerResponsibility.P, CobRule.BIRTHDAY_RULE),
                        tuple("COV-M", PayerResponsibility.S, CobRule.BIRTHDAY_RULE));
    }

    @Test
    void shouldTakeTheLongerCoverageWhenBothParentsShareABirthday() {
        Coverage a = dependent("COV-A", "1980-04-20", "2024-06-01");
        Coverage b = dependent("COV-B", "1982-04-20", "2019-01-01");

        assertThat(CoordinationOfBenefits.order(List.of(a, b), Optional.empty(), DOS))
                .extracting(p -> p.coverage().coverageId, CobPosition::rule)
                .containsExactly(tuple("COV-B", CobRule.LONGER_COVERAGE), tuple("COV-A", CobRule.LONGER_COVERAGE));
    }

    @Test
    void shouldPutThePatientsOwnPlanBeforeTheSpousesAndMedicaidLast() {
        Coverage medicaid = coverage("COV-MCD", InsuranceType.MEDICAID, Relationship.SELF, "2010-01-01");
        Coverage spouse = coverage("COV-SP", InsuranceType.COMMERCIAL, Relationship.SPOUSE, "2010-01-01");
        Coverage own = coverage("COV-OWN", InsuranceType.COMMERCIAL, Relationship.SELF, "2025-01-01");

        assertThat(CoordinationOfBenefits.order(List.of(medicaid, spouse, own), Optional.empty(), DOS))
                .extracting(p -> p.coverage().coverageId, CobPosition::responsibility, CobPosition::rule)
                .containsExactly(tuple("COV-OWN", PayerResponsibility.P, CobRule.SUBSCRIBER_BEFORE_DEPENDENT),
                        tuple("COV-SP", PayerResponsibility.S, CobRule.SUBSCRIBER_BEFORE_DEPENDENT),
                        tuple("COV-MCD", PayerResponsibility.T, CobRule.MEDICAID_LAST));
    }

    @Test
    void shouldMakeMedicareSecondaryToTheWorkingAgedEmployerPlanOnlyFromTwentyEmployees() {
        Coverage medicare = coverage("COV-MCR", InsuranceType.MEDICARE, Relationship.SELF, "2015-01-01");
        Coverage employer = coverage("COV-EMP", InsuranceType.COMMERCIAL, Relationship.SELF, "2022-01-01");

        List<CobPosition> working = CoordinationOfBenefits.order(List.of(medicare, employer),
                Optional.of(msp(MspEntitlement.AGE, true, 20, false)), DOS);
        assertThat(working).extracting(p -> p.coverage().coverageId, CobPosition::rule)
                .containsExactly(tuple("COV-EMP", CobRule.MSP_WORKING_AGED), tuple("COV-MCR", CobRule.MSP_WORKING_AGED));
        assertThat(working.get(1).rule().mspInsuranceType()).contains("12");

        assertThat(CoordinationOfBenefits.order(List.of(medicare, employer),
                Optional.of(msp(MspEntitlement.AGE, true, 19, false)), DOS))
                .extracting(p -> p.coverage().coverageId, CobPosition::rule)
                .containsExactly(tuple("COV-MCR", CobRule.MEDICARE_PRIMARY), tuple("COV-EMP", CobRule.MEDICARE_PRIMARY));
    }

    @Test
    void shouldApplyTheDisabilityAndEsrdRulesAndFlagMissingAnswers() {
        Coverage medicare = coverage("COV-MCR", InsuranceType.MEDICARE, Relationship.SELF, "2015-01-01");
        Coverage group = coverage("COV-GRP", InsuranceType.COMMERCIAL, Relationship.SPOUSE, "2022-01-01");
        List<Coverage> both = List.of(medicare, group);

        assertThat(CoordinationOfBenefits.order(both, Optional.of(msp(MspEntitlement.DISABILITY, true, 99, false)), DOS)
                .get(0).coverage().coverageId).isEqualTo("COV-MCR");
        assertThat(CoordinationOfBenefits.order(both, Optional.of(msp(MspEntitlement.DISABILITY, true, 100, false)), DOS))
                .extracting(p -> p.coverage().coverageId, CobPosition::rule)
                .containsExactly(tuple("COV-GRP", CobRule.MSP_DISABLED_LARGE_GROUP),
                        tuple("COV-MCR", CobRule.MSP_DISABLED_LARGE_GROUP));
        // ESRD: the group plan pays first during the coordination period, whatever the employment
        assertThat(CoordinationOfBenefits.order(both, Optional.of(msp(MspEntitlement.ESRD, false, null, true)), DOS))
                .extracting(p -> p.coverage().coverageId, CobPosition::rule)
                .containsExactly(tuple("COV-GRP", CobRule.MSP_ESRD), tuple("COV-MCR", CobRule.MSP_ESRD));
        assertThat(CoordinationOfBenefits.order(both, Optional.empty(), DOS))
                .extracting(p -> p.coverage().coverageId, CobPosition::rule)
                .containsExactly(tuple("COV-MCR", CobRule.MEDICARE_PRIMARY_MSP_NOT_ANSWERED),
                        tuple("COV-GRP", CobRule.MEDICARE_PRIMARY_MSP_NOT_ANSWERED));
    }

    @Test
    void shouldLetAPriorityDeclaredAtRegistrationWinOverTheRules() {
        Coverage own = coverage("COV-OWN", InsuranceType.COMMERCIAL, Relationship.SELF, "2020-01-01");
        Coverage spouse = coverage("COV-SP", InsuranceType.COMMERCIAL, Relationship.SPOUSE, "2020-01-01");
        spouse.declaredPriority = 1;

        assertThat(CoordinationOfBenefits.order(List.of(own, spouse), Optional.empty(), DOS))
                .extracting(p -> p.coverage().coverageId, CobPosition::responsibility, CobPosition::rule)
                .containsExactly(tuple("COV-SP", PayerResponsibility.P, CobRule.DECLARED_AT_REGISTRATION),
                        tuple("COV-OWN", PayerResponsibility.S, CobRule.DECLARED_AT_REGISTRATION));
    }

    static MspAnswers msp(MspEntitlement entitlement, boolean groupPlan, Integer employerSize, boolean esrdPeriod) {
        MspAnswers a = new MspAnswers();
        a.patientId = "PAT-1";
        a.entitlement = entitlement;
        a.groupPlanCurrentEmployment = groupPlan;
        a.employerSize = employerSize;
        a.esrdCoordinationPeriod = esrdPeriod;
        return a;
    }

    static Coverage dependent(String id, String subscriberBirthDate, String from) {
        Coverage c = coverage(id, InsuranceType.COMMERCIAL, Relationship.CHILD, from);
        c.subscriberBirthDate = LocalDate.parse(subscriberBirthDate);
        return c;
    }

    static Coverage coverage(String id, InsuranceType type, Relationship relationship, String from) {
        Coverage c = new Coverage();
        c.coverageId = id;
        c.patientId = "PAT-1";
        c.payerId = "SYNPAYER1";
        c.memberId = "SYN" + id;
        c.planName = "Plan " + id;
        c.insuranceType = type;
        c.relationshipCode = relationship.code();
        c.effectiveFrom = LocalDate.parse(from);
        return c;
    }
}
