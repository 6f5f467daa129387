package io.revcycle.coding.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.revcycle.coding.content.ReleaseFiles.Format;

/**
 * The curated content shipped in src/main/resources/content so that the demo and tests work offline: real codes
 * with their official descriptions, each row naming the CMS release it was taken from. CPT descriptors are AMA
 * property and are not shipped.
 */
public final class ShippedContent {

    /** One shipped file and the release it is loaded as. */
    public record File(ContentKind kind, Format format, String resource, String release, LocalDate effective) {

        public byte[] bytes() {
            try (InputStream in = ShippedContent.class.getResourceAsStream("/content/" + resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing shipped content " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public List<ContentRow> rows() {
            return ReleaseFiles.parse(kind, format, bytes(), release, effective);
        }
    }

    public static final List<File> FILES = List.of(
            new File(ContentKind.ICD10CM, Format.CURATED, "icd10cm-curated.tsv", "ICD-10-CM FY2026 curated subset",
                    LocalDate.of(2025, 10, 1)),
            new File(ContentKind.ICD10PCS, Format.CURATED, "icd10pcs-curated.tsv", "ICD-10-PCS curated subset",
                    LocalDate.of(2025, 10, 1)),
            new File(ContentKind.HCPCS, Format.CURATED, "hcpcs-curated.tsv", "HCPCS 2026 curated subset",
                    LocalDate.of(2026, 1, 1)),
            new File(ContentKind.MODIFIER, Format.CURATED, "modifiers.tsv", "Modifiers 2026 curated subset",
                    LocalDate.of(2026, 1, 1)),
            new File(ContentKind.POS, Format.CURATED, "pos.tsv", "CMS place of service codes 2026",
                    LocalDate.of(2026, 1, 1)),
            new File(ContentKind.NCCI_PTP, Format.OFFICIAL, "ncci-ptp-curated.txt",
                    "NCCI PTP practitioner 2026Q1 curated subset", LocalDate.of(2026, 1, 1)),
            new File(ContentKind.MUE, Format.OFFICIAL, "mue-curated.csv", "MUE practitioner 2026Q1 curated subset",
                    LocalDate.of(2026, 1, 1)),
            new File(ContentKind.POA_EXEMPT, Format.OFFICIAL, "poa-exempt-curated.txt",
                    "POA exempt list FY2020 curated subset", LocalDate.of(2019, 10, 1)),
            new File(ContentKind.PDX_UNACCEPTABLE, Format.OFFICIAL, "mce-unacceptable-pdx-curated.txt",
                    "MCE v37 unacceptable principal diagnosis curated subset", LocalDate.of(2019, 10, 1)));

    public static final String SNAPSHOT_VERSION = "shipped";

    private ShippedContent() {
    }

    /** The shipped content straight from the files, without a database: for the benchmark and engine tests. */
    public static ContentSnapshot snapshot() {
        List<ContentRow> rows = new ArrayList<>();
        FILES.forEach(f -> rows.addAll(f.rows()));
        return new ContentSnapshot(SNAPSHOT_VERSION, rows);
    }
}
