package io.revcycle.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The matching rules alone, including the cases the event tests do not reach (gaps, overlaps). */
class CoverageDecisionTest {

    private static final LocalDate DOS = LocalDate.of(2026, 3, 15);

    @Test
    void shouldPreferTheMostRecentlyStartedOfOverlappingCoverages() {
        Coverage older = coverage("COV-A", "2025-01-01", null);
        Coverage newer = coverage("COV-B", "2026-03-01", "2026-12-31");

        CoverageDecision decision = CoverageDecision.decide(List.of(older, newer), DOS);

        assertThat(decision.active()).isTrue();
        assertThat(decision.coverage().coverageId).isEqualTo("COV-B");
    }

    @Test
    void shouldCoverBothEndsOfThePeriod() {
        assertThat(CoverageDecision.decide(List.of(coverage("COV-A", "2026-03-15", "2026-03-15")), DOS).active())
                .isTrue();
    }

    @Test
    void shouldCallADateInAGapBetweenCoveragesTerminated() {
        CoverageDecision decision = CoverageDecision.decide(
                List.of(coverage("COV-A", "2025-01-01", "2026-02-28"), coverage("COV-B", "2026-04-01", null)), DOS);

        assertThat(decision.active()).isFalse();
        assertThat(decision.inactiveReason()).isEqualTo(InactiveReason.TERMINATED);
    }

    @Test
    void shouldReportNotYetEffectiveOnlyWhenEveryCoverageStartsLater() {
        assertThat(CoverageDecision.decide(List.of(coverage("COV-A", "2026-03-16", null)), DOS).inactiveReason())
                .isEqualTo(InactiveReason.NOT_YET_EFFECTIVE);
        assertThat(CoverageDecision.decide(List.of(), DOS).inactiveReason())
                .isEqualTo(InactiveReason.NO_COVERAGE_ON_FILE);
    }

    private static Coverage coverage(String id, String from, String to) {
        Coverage c = new Coverage();
        c.coverageId = id;
        c.effectiveFrom = LocalDate.parse(from);
        c.effectiveTo = to == null ? null : LocalDate.parse(to);
        return c;
    }
}
