package io.revcycle.coding.content;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a content file holds; the slug is the admin endpoint's and the CLI's name for it. */
public enum ContentKind {
    ICD10CM("icd10cm", "ICD-10-CM"),
    ICD10PCS("icd10pcs", "ICD-10-PCS"),
    HCPCS("hcpcs", "HCPCS Level II"),
    CPT("cpt", "CPT (licensed file)"),
    MODIFIER("modifier", "Modifiers"),
    POS("pos", "Place of service"),
    NCCI_PTP("ncci-ptp", "NCCI PTP edits (practitioner)"),
    MUE("mue", "MUE (practitioner services)"),
    /** ICD-10-CM codes exempt from present-on-admission reporting (CMS POA exempt list, per fiscal year). */
    POA_EXEMPT("poa-exempt", "POA exempt list"),
    /** Medicare Code Editor edit 9: ICD-10-CM codes not acceptable as the principal diagnosis of an inpatient stay. */
    PDX_UNACCEPTABLE("mce-unacceptable-pdx", "MCE unacceptable principal diagnoses");

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)(?:\\s*-?Q([1-4]))?(?!\\d)", Pattern.CASE_INSENSITIVE);

    public final String slug;
    public final String title;

    ContentKind(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public static Optional<ContentKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** Stored in content_code.code_system; null for the edit tables. */
    public boolean isCodeSystem() {
        return this != NCCI_PTP && this != MUE;
    }

    /**
     * The date a release takes effect when the caller gives none, read from the year in its label: ICD-10-CM/PCS
     * fiscal years (and the POA exempt and MCE lists that follow them) start Oct 1 of the previous year
     * (FY2026 = 2025-10-01); NCCI and MUE releases are quarterly
     * ("2026Q2" = 2026-04-01); HCPCS, CPT and the rest take effect Jan 1.
     */
    public Optional<LocalDate> defaultEffective(String releaseLabel) {
        Matcher m = YEAR.matcher(releaseLabel);
        if (!m.find()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        if (this == ICD10CM || this == ICD10PCS || this == POA_EXEMPT || this == PDX_UNACCEPTABLE) {
            return Optional.of(LocalDate.of(year - 1, 10, 1));
        }
        int quarter = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        return Optional.of(LocalDate.of(year, 1 + 3 * (quarter - 1), 1));
    }
}
