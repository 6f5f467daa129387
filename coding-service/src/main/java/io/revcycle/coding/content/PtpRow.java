package io.revcycle.coding.content;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An NCCI procedure-to-procedure edit: column 2 is not paid with column 1 for the same patient, provider and date
 * of service. Modifier indicator 0 = never, 1 = allowed with an NCCI-associated modifier, 9 = not applicable.
 * {@code effectiveTo} is the file's deletion date minus one day.
 */
public record PtpRow(String column1, String column2, boolean prior1996, char modifierIndicator, String rationale,
        LocalDate effectiveFrom, LocalDate effectiveTo, String sourceRelease) implements ContentRow {

    @Override
    public String key() {
        return column1 + "|" + column2 + "|" + effectiveFrom;
    }

    @Override
    public boolean sameContent(ContentRow stored) {
        return stored instanceof PtpRow s && modifierIndicator == s.modifierIndicator && prior1996 == s.prior1996
                && Objects.equals(rationale, s.rationale) && Objects.equals(effectiveTo, s.effectiveTo);
    }

    @Override
    public PtpRow withDates(LocalDate from, LocalDate to) {
        return new PtpRow(column1, column2, prior1996, modifierIndicator, rationale, from, to, sourceRelease);
    }
}
