package io.revcycle.coding.content;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A medically unlikely edit: the most units of a code one practitioner reports for a patient. Adjudication
 * indicator 1 = per claim line, 2 = per date of service (policy, absolute), 3 = per date of service (clinical).
 */
public record MueRow(String code, int units, int adjudicationIndicator, String indicatorText, String rationale,
        LocalDate effectiveFrom, LocalDate effectiveTo, String sourceRelease) implements ContentRow {

    @Override
    public String key() {
        return code;
    }

    public boolean perDateOfService() {
        return adjudicationIndicator != 1;
    }

    @Override
    public boolean sameContent(ContentRow stored) {
        return stored instanceof MueRow s && units == s.units && adjudicationIndicator == s.adjudicationIndicator
                && Objects.equals(rationale, s.rationale);
    }

    @Override
    public MueRow withDates(LocalDate from, LocalDate to) {
        return new MueRow(code, units, adjudicationIndicator, indicatorText, rationale, from, to, sourceRelease);
    }
}
