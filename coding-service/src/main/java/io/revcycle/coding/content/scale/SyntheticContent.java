package io.revcycle.coding.content.scale;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.revcycle.coding.content.CodeFormats;
import io.revcycle.coding.content.ContentKind;

/**
 * Full-size code content for the scale bench, generated at run time in the official CMS layouts the loaders read
 * ({@code ReleaseFiles}). Every code is synthetic, from ranges no release uses, so none can pass for a real code:
 * <ul>
 * <li>ICD-10-CM: third character Z ({@code A0Z}, {@code A0Z.0001}); real categories use a digit there, or A/B;</li>
 * <li>ICD-10-PCS: section Z ({@code Z0000A1}); ICD-10-PCS has no section Z;</li>
 * <li>HCPCS Level II, PTP columns and MUE codes: first letter N, then F ({@code N0001}, {@code F0001}); HCPCS
 * Level II has no N or F codes (and CPT codes are five digits or end in F/T/U).</li>
 * </ul>
 * Descriptions say "SYNTHETIC", release labels start with "SYNTHETIC", and the releases take effect in 2040-2041,
 * after every release a test or a deployment loads. Sizes at scale 1.0 are those of the 2026 CMS releases.
 */
public final class SyntheticContent {

    public static final int ICD10CM_ROWS = 74_000;
    public static final int ICD10PCS_ROWS = 79_000;
    public static final int HCPCS_ROWS = 8_000;
    public static final int PTP_ROWS = 2_000_000;
    public static final int MUE_ROWS = 15_000;
    /** Scale 1.0 is the real size; the code ranges above hold up to this much more. */
    public static final double MAX_SCALE = 1.25;

    public static final LocalDate ICD_EFFECTIVE = LocalDate.of(2040, 10, 1);
    public static final LocalDate EFFECTIVE = LocalDate.of(2041, 1, 1);
    /** Every 20th PTP edit is deleted on this date (in force until the day before), as real files carry deletions. */
    public static final LocalDate PTP_DELETION = LocalDate.of(2041, 7, 1);

    /** N0000-N9999 then F0000-F9999: HCPCS codes are its first entries, PTP columns and MUE codes draw from it. */
    static final int CODE_SPACE = 20_000;
    private static final int ICD_PER_CATEGORY = 500;
    private static final String PCS_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String[] MUE_INDICATORS = { "1 Line Edit", "2 Date of Service Edit: Policy",
        "3 Date of Service Edit: Clinical" };

    /** One generated release file. */
    public record File(ContentKind kind, String release, LocalDate effective, String fileName, int rows,
            byte[] bytes) {
    }

    private final double scale;

    public SyntheticContent(double scale) {
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be > 0 and <= " + MAX_SCALE + ", was " + scale);
        }
        this.scale = scale;
    }

    /** The kinds in load order, with the rows each file holds (HCPCS continuation lines merge into their code). */
    public int rows(ContentKind kind) {
        int full = switch (kind) {
            case ICD10CM -> ICD10CM_ROWS;
            case ICD10PCS -> ICD10PCS_ROWS;
            case HCPCS -> HCPCS_ROWS;
            case NCCI_PTP -> PTP_ROWS;
            case MUE -> MUE_ROWS;
            default -> throw new IllegalArgumentException("no synthetic " + kind.slug);
        };
        return Math.max(1, (int) Math.round(full * scale));
    }

    public static final List<ContentKind> KINDS = List.of(ContentKind.ICD10CM, ContentKind.ICD10PCS,
            ContentKind.HCPCS, ContentKind.NCCI_PTP, ContentKind.MUE);

    public File generate(ContentKind kind) {
        int n = rows(kind);
        String label = String.format(Locale.ROOT, "SYNTHETIC scale test %s x%s", kind.slug, scale);
        return switch (kind) {
            case ICD10CM -> new File(kind, label, ICD_EFFECTIVE, "synthetic_icd10cm_order.txt", n, icd10CmFile(n));
            case ICD10PCS -> new File(kind, label, ICD_EFFECTIVE, "synthetic_icd10pcs_order.txt", n, icd10PcsFile(n));
            case HCPCS -> new File(kind, label, EFFECTIVE, "synthetic_hcpcs_anweb.txt", n, hcpcs(n));
            case NCCI_PTP -> new File(kind, label, EFFECTIVE, "synthetic_ncci_ptp_practitioner.txt", n, ptp(n));
            case MUE -> new File(kind, label, EFFECTIVE, "synthetic_mue_practitioner.csv", n, mue(n));
            default -> throw new IllegalArgumentException("no synthetic " + kind.slug);
        };
    }

    // ---- codes (also used by the bench to draw encounters that hit the content) ----

    /** The i-th ICD-10-CM row's code without its dot; every {@value #ICD_PER_CATEGORY}th is a category header. */
    static String icd10CmUndotted(int i) {
        int category = i / ICD_PER_CATEGORY;
        int child = i % ICD_PER_CATEGORY;
        String header = "" + (char) ('A' + category / 10) + (char) ('0' + category % 10) + 'Z';
        return child == 0 ? header : header + String.format(Locale.ROOT, "%04d", child);
    }

    static boolean icd10CmBillable(int i) {
        return i % ICD_PER_CATEGORY != 0;
    }

    public static String icd10Cm(int i) {
        return CodeFormats.dottedIcd10Cm(icd10CmUndotted(i));
    }

    /** Code i of the N/F range: N0000-N9999, then F0000-F9999. */
    public static String procedureCode(int i) {
        return (i < 10_000 ? "N" : "F") + String.format(Locale.ROOT, "%04d", i % 10_000);
    }

    /** Column 2 codes of column 1 code {@code column1}: the next codes of the range, wrapping. */
    public static int ptpColumn2(int column1, int k) {
        return (column1 + 1 + k) % CODE_SPACE;
    }

    /** How many column 1 codes the PTP file uses: the HCPCS codes, so encounters built from them meet edits. */
    public int ptpColumn1Codes() {
        return rows(ContentKind.HCPCS);
    }

    public int ptpEditsPerColumn1() {
        return (rows(ContentKind.NCCI_PTP) + ptpColumn1Codes() - 1) / ptpColumn1Codes();
    }

    // ---- files ----

    /** Order file: order number 1-5, code 7-13 (no dot), header flag 15, short description 17-76, long 78-. */
    private static byte[] icd10CmFile(int n) {
        StringBuilder out = new StringBuilder(n * 140);
        for (int i = 0; i < n; i++) {
            String code = icd10CmUndotted(i);
            orderLine(out, i, code, icd10CmBillable(i), "SYNTHETIC condition " + CodeFormats.dottedIcd10Cm(code),
                    "SYNTHETIC scale-test condition " + CodeFormats.dottedIcd10Cm(code)
                            + ", not a code of any ICD-10-CM release");
        }
        return latin1(out);
    }

    private static byte[] icd10PcsFile(int n) {
        StringBuilder out = new StringBuilder(n * 140);
        for (int i = 0; i < n; i++) {
            String code;
            boolean valid = i % 1000 != 0;
            code = valid ? "Z" + base34(i, 6) : "Z" + base34(i / 1000, 2); // a table header every 1000 rows
            orderLine(out, i, code, valid, "SYNTHETIC procedure " + code,
                    "SYNTHETIC scale-test procedure " + code + ", section Z is not an ICD-10-PCS section");
        }
        return latin1(out);
    }

    private static void orderLine(StringBuilder out, int i, String code, boolean valid, String shortText,
            String longText) {
        out.append(String.format(Locale.ROOT, "%05d %-7s %c %-60s %s%n", (i + 1) % 100_000, code, valid ? '1' : '0',
                shortText, longText));
    }

    /**
     * HCPCS annual file: code 1-5, sequence 6-10, record id 11 (3 first line, 4 continuation), long description
     * 12-91, short 92-119, add date 262-269, action effective 270-277, termination 278-285. Every tenth code's
     * long description runs onto a continuation line, as long descriptions do.
     */
    private static byte[] hcpcs(int n) {
        StringBuilder out = new StringBuilder(n * 330);
        String effective = EFFECTIVE.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        for (int i = 0; i < n; i++) {
            String code = procedureCode(i);
            char[] line = blank(286);
            put(line, 1, code);
            put(line, 6, "00100");
            put(line, 11, "3");
            put(line, 12, "SYNTHETIC scale-test service " + code + ", not a HCPCS Level II code");
            put(line, 92, "SYNTHETIC service " + code);
            put(line, 262, effective);
            put(line, 270, effective);
            out.append(line).append('\n');
            if (i % 10 == 0) {
                char[] more = blank(91);
                put(more, 1, code);
                put(more, 6, "00200");
                put(more, 11, "4");
                put(more, 12, "(continued description of a synthetic service)");
                out.append(more).append('\n');
            }
        }
        return latin1(out);
    }

    /**
     * NCCI PTP practitioner file: title and header lines, then Column 1, Column 2, prior-1996 flag, effective
     * date, deletion date or *, modifier indicator, rationale, tab-separated. Column 1 code c has the next
     * {@link #ptpEditsPerColumn1()} codes of the range as column 2; indicators 1 (60 %), 0 (30 %), 9 (10 %).
     */
    private byte[] ptp(int n) {
        StringBuilder out = new StringBuilder(n * 52);
        out.append("SYNTHETIC NCCI PTP edits, practitioner services, scale test: not a CMS file\n");
        out.append("Column 1\tColumn 2\t*=in existence prior to 1996\tEffective Date\tDeletion Date *=no data\t"
                + "Modifier 0=not allowed 1=allowed 9=not applicable\tPTP Edit Rationale\n");
        String effective = EFFECTIVE.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String deletion = PTP_DELETION.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        int perColumn1 = ptpEditsPerColumn1();
        int row = 0;
        for (int c1 = 0; c1 < ptpColumn1Codes() && row < n; c1++) {
            String column1 = procedureCode(c1);
            for (int k = 0; k < perColumn1 && row < n; k++, row++) {
                out.append(column1).append('\t').append(procedureCode(ptpColumn2(c1, k))).append('\t').append('\t')
                        .append(effective).append('\t').append(row % 20 == 7 ? deletion : "*").append('\t')
                        .append(row % 10 < 6 ? '1' : row % 10 < 9 ? '0' : '9').append('\t')
                        .append("SYNTHETIC scale-test edit\n");
            }
        }
        return latin1(out);
    }

    /** MUE practitioner file: title lines, a header, then code, MUE value, adjudication indicator, rationale. */
    private static byte[] mue(int n) {
        StringBuilder out = new StringBuilder(n * 80);
        out.append("SYNTHETIC MUE practitioner services, scale test: not a CMS file\n");
        out.append("\"HCPCS/CPT Code\",\"Practitioner Services MUE Values\",\"MUE Adjudication Indicator\","
                + "\"MUE Rationale\"\n");
        for (int i = 0; i < n; i++) {
            out.append(procedureCode(i)).append(',').append(1 + i % 5).append(",\"")
                    .append(MUE_INDICATORS[i % 3]).append("\",\"SYNTHETIC scale-test limit\"\n");
        }
        return latin1(out);
    }

    private static String base34(int value, int width) {
        char[] digits = new char[width];
        for (int p = width - 1; p >= 0; p--) {
            digits[p] = PCS_ALPHABET.charAt(value % PCS_ALPHABET.length());
            value /= PCS_ALPHABET.length();
        }
        return new String(digits);
    }

    private static char[] blank(int length) {
        char[] line = new char[length];
        java.util.Arrays.fill(line, ' ');
        return line;
    }

    /** Writes text at a 1-based position of a fixed-width record. */
    private static void put(char[] line, int position, String text) {
        text.getChars(0, Math.min(text.length(), line.length - position + 1), line, position - 1);
    }

    private static byte[] latin1(StringBuilder out) {
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The billable ICD-10-CM codes of this scale, for encounters. */
    public List<String> billableIcd10Cm() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < rows(ContentKind.ICD10CM); i++) {
            if (icd10CmBillable(i)) {
                codes.add(icd10Cm(i));
            }
        }
        return codes;
    }
}
