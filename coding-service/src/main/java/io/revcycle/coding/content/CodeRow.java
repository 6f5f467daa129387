package io.revcycle.coding.content;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A code of ICD-10-CM, ICD-10-PCS, HCPCS Level II, CPT, modifiers or places of service. MCE attributes only
 * exist for ICD-10-CM; {@code mce} null means the file does not say (the order file), not "no restriction".
 */
public record CodeRow(ContentKind system, String code, boolean billable, String shortDescription,
        String longDescription, Mce mce, LocalDate effectiveFrom, LocalDate effectiveTo, String sourceRelease)
        implements ContentRow {

    /** Medicare Code Editor attributes: sex M/F, age group, manifestation (may not be first-listed). */
    public record Mce(String sex, AgeGroup age, boolean manifestation) {
        public static final Mce NONE = new Mce(null, null, false);
    }

    /** MCE age edits, ages in years at the date of service. */
    public enum AgeGroup {
        NEWBORN(0, 0), PEDIATRIC(0, 17), MATERNITY(9, 64), ADULT(15, 124);

        public final int min;
        public final int max;

        AgeGroup(int min, int max) {
            this.min = min;
            this.max = max;
        }
    }

    @Override
    public String key() {
        return code;
    }

    public String description() {
        return longDescription != null ? longDescription : shortDescription;
    }

    public Mce mceOrNone() {
        return mce == null ? Mce.NONE : mce;
    }

    @Override
    public boolean sameContent(ContentRow stored) {
        if (!(stored instanceof CodeRow s)) {
            return false;
        }
        return billable == s.billable
                && (longDescription == null || Objects.equals(longDescription, s.longDescription))
                && (shortDescription == null || Objects.equals(shortDescription, s.shortDescription))
                && (mce == null || Objects.equals(mce, s.mceOrNone()));
    }

    @Override
    public CodeRow withDates(LocalDate from, LocalDate to) {
        return new CodeRow(system, code, billable, shortDescription, longDescription, mce, from, to, sourceRelease);
    }

    @Override
    public CodeRow inheriting(ContentRow stored) {
        if (!(stored instanceof CodeRow s)) {
            return this;
        }
        return new CodeRow(system, code, billable, shortDescription != null ? shortDescription : s.shortDescription,
                longDescription != null ? longDescription : s.longDescription, mce != null ? mce : s.mce,
                effectiveFrom, effectiveTo, sourceRelease);
    }
}
