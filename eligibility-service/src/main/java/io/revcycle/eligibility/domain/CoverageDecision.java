package io.revcycle.eligibility.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The outcome of matching a member's coverages against a date of service: a coverage, or why there is none. */
public record CoverageDecision(Coverage coverage, InactiveReason inactiveReason) {

    /** Several coverages may overlap (re-enrolment): the most recently started one wins, then the lowest id. */
    private static final Comparator<Coverage> PREFERRED = Comparator
            .comparing((Coverage c) -> c.effectiveFrom, Comparator.reverseOrder())
            .thenComparing(c -> c.coverageId);

    public static CoverageDecision decide(Collection<Coverage> memberCoverages, LocalDate dateOfService) {
        Optional<Coverage> active = memberCoverages.stream().filter(c -> c.covers(dateOfService)).min(PREFERRED);
        if (active.isPresent()) {
            return new CoverageDecision(active.get(), null);
        }
        if (memberCoverages.isEmpty()) {
            return new CoverageDecision(null, InactiveReason.NO_COVERAGE_ON_FILE);
        }
        // A date in a gap between an ended and a future coverage counts as lapsed: the last coverage terminated.
        boolean anyEnded = memberCoverages.stream().anyMatch(c -> c.endedBefore(dateOfService));
        return new CoverageDecision(null, anyEnded ? InactiveReason.TERMINATED : InactiveReason.NOT_YET_EFFECTIVE);
    }

    public boolean active() {
        return coverage != null;
    }
}
