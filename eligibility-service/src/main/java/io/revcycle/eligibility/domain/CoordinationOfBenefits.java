package io.revcycle.eligibility.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Orders a patient's coverages active on a date of service. The rules are applied in this order, the first that
 * tells two coverages apart decides, and each coverage records the rule that placed it behind the one before it (the
 * primary: the rule that placed it ahead of the secondary):
 * <ol>
 * <li>a priority declared at registration (declared coverages first, by their priority);</li>
 * <li>Medicaid last;</li>
 * <li>Medicare against a group health plan by the MSP answers (no answers: Medicare first, flagged);</li>
 * <li>the patient's own plan, then as spouse, then as child, then other;</li>
 * <li>birthday rule between the plans of two subscribers of the same relationship;</li>
 * <li>the longer coverage, then the coverage id (so the order is stable).</li>
 * </ol>
 * Custody decrees, COBRA and retiree plans are not modelled: registration declares the priority for those.
 */
public final class CoordinationOfBenefits {

    private CoordinationOfBenefits() {
    }

    private record Criterion(CobRule rule, Comparator<Coverage> order) {
    }

    public static List<CobPosition> order(Collection<Coverage> coverages, Optional<MspAnswers> msp,
            LocalDate dateOfService) {
        List<Coverage> active = coverages.stream().filter(c -> c.covers(dateOfService)).toList();
        if (active.isEmpty()) {
            return List.of();
        }
        if (active.size() == 1) {
            return List.of(new CobPosition(1, PayerResponsibility.P, active.get(0), CobRule.ONLY_COVERAGE));
        }
        List<Criterion> criteria = criteria(active, msp);
        Comparator<Coverage> all = criteria.stream().map(Criterion::order).reduce(Comparator::thenComparing)
                .orElseThrow();
        List<Coverage> sorted = active.stream().sorted(all).toList();
        List<CobPosition> positions = new ArrayList<>();
        for (int i = 0; i < sorted.size() && i < PayerResponsibility.values().length; i++) {
            Coverage before = sorted.get(i == 0 ? 0 : i - 1);
            Coverage after = sorted.get(i == 0 ? 1 : i);
            positions.add(new CobPosition(i + 1, PayerResponsibility.at(i + 1), sorted.get(i),
                    decidingRule(criteria, before, after)));
        }
        return positions;
    }

    private static List<Criterion> criteria(List<Coverage> active, Optional<MspAnswers> msp) {
        boolean medicarePresent = active.stream().anyMatch(c -> c.insuranceType == InsuranceType.MEDICARE);
        Optional<CobRule> medicareSecondary = msp.flatMap(MspAnswers::medicareSecondaryRule);
        CobRule medicareRule = msp.isEmpty() ? CobRule.MEDICARE_PRIMARY_MSP_NOT_ANSWERED
                : medicareSecondary.orElse(CobRule.MEDICARE_PRIMARY);
        // rank 0 pays first: Medicare when it is primary, the group plans when MSP makes Medicare secondary
        Function<Coverage, Integer> medicareRank = c -> {
            if (!medicarePresent) {
                return 0;
            }
            boolean medicare = c.insuranceType == InsuranceType.MEDICARE;
            return medicareSecondary.isPresent() == medicare ? 1 : 0;
        };
        return List.of(
                new Criterion(CobRule.DECLARED_AT_REGISTRATION, Comparator.comparing(
                        c -> c.declaredPriority == null ? Integer.MAX_VALUE : c.declaredPriority)),
                new Criterion(CobRule.MEDICAID_LAST,
                        Comparator.comparing(c -> c.insuranceType == InsuranceType.MEDICAID ? 1 : 0)),
                new Criterion(medicareRule, Comparator.comparing(medicareRank)),
                new Criterion(CobRule.SUBSCRIBER_BEFORE_DEPENDENT,
                        Comparator.comparing(c -> c.relationship().ordinal())),
                new Criterion(CobRule.BIRTHDAY_RULE, Comparator.comparing(CoordinationOfBenefits::birthdayKey)),
                new Criterion(CobRule.LONGER_COVERAGE, Comparator.comparing((Coverage c) -> c.effectiveFrom)
                        .thenComparing(c -> c.coverageId)));
    }

    /** Day of the subscriber's birthday in a leap year; the patient's own plans tie, an unknown birthday goes last. */
    private static int birthdayKey(Coverage c) {
        if (c.relationship() == Relationship.SELF) {
            return 0;
        }
        if (c.subscriberBirthDate == null) {
            return 367;
        }
        return MonthDay.from(c.subscriberBirthDate).atYear(2000).getDayOfYear();
    }

    private static CobRule decidingRule(List<Criterion> criteria, Coverage first, Coverage second) {
        for (Criterion criterion : criteria) {
            if (criterion.order().compare(first, second) != 0) {
                return criterion.rule();
            }
        }
        return CobRule.LONGER_COVERAGE;
    }
}
