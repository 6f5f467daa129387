package io.revcycle.coding.content;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.revcycle.coding.content.CodeRow.AgeGroup;
import io.revcycle.coding.content.CodeRow.Mce;
import io.revcycle.text.CsvLine;

/**
 * Parsers for the official CMS release layouts (and the AMA-licensed CPT file), plus the curated TSV layout the
 * repository ships. Pure functions: bytes in, dated rows out; versioning is {@link ContentLoader}'s job.
 */
public final class ReleaseFiles {

    /** OFFICIAL = the CMS (or licensed CPT) layout of the kind; CURATED = the shipped TSV with dates per row. */
    public enum Format {
        OFFICIAL, CURATED
    }

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    /** How an edit line starts (lookingAt: no need to scan the rest of two million lines). */
    private static final Pattern PTP_ROW = Pattern.compile("[0-9A-Z]{5}\\t[0-9A-Z]{5}\\t");
    private static final Pattern MUE_ROW = Pattern.compile("\"?[0-9A-Z]{5}\"?,");
    private static final Pattern POA_ROW = Pattern.compile("\\d{1,6}\\t");
    /** A numbered edit heading of the MCE definitions ("9. Unacceptable principal diagnosis"), also in its contents. */
    private static final Pattern MCE_SECTION = Pattern.compile("\\s*(\\d{1,2})\\.\\s+(\\S.*)");
    private static final Pattern MCE_CODE = Pattern.compile("\\s*([A-Z][0-9][0-9A-Z](?:\\.?[0-9A-Z]{1,4})?)\\s+(\\S.*)");
    private static final String MCE_UNACCEPTABLE_PDX = "unacceptable principal diagnosis";

    private ReleaseFiles() {
    }

    public static List<ContentRow> parse(ContentKind kind, Format format, byte[] file, String release,
            LocalDate effective) {
        if (format == Format.CURATED) {
            return switch (kind) {
                case ICD10CM -> curatedIcd10Cm(utf8(file), release);
                case ICD10PCS, HCPCS, MODIFIER, POS -> curatedCodes(kind, utf8(file), release);
                default -> throw new ContentFileException("no curated layout for " + kind.slug
                        + " (NCCI, MUE, the POA exempt and MCE lists ship in their official layouts)");
            };
        }
        return switch (kind) {
            case ICD10CM, ICD10PCS -> orderFile(kind, latin1(file), release, effective);
            case HCPCS -> hcpcsAnnual(latin1(file), release, effective);
            case CPT -> cptLicensed(utf8(file), release, effective);
            case NCCI_PTP -> ncciPtp(latin1(file), release);
            case MUE -> mue(latin1(file), release, effective);
            case MODIFIER, POS -> curatedCodes(kind, utf8(file), release);
            case POA_EXEMPT -> poaExempt(latin1(file), release, effective);
            case PDX_UNACCEPTABLE -> mceUnacceptablePrincipal(latin1(file), release, effective);
        };
    }

    /**
     * ICD-10-CM/PCS order file (icd10cm_order_2026.txt), fixed width: order number 1-5, code 7-13 (no dot),
     * header flag 15 (0 = header, not valid for submission; 1 = valid), short description 17-76, long 78-end.
     */
    static List<ContentRow> orderFile(ContentKind kind, String text, String release, LocalDate effective) {
        List<ContentRow> rows = new ArrayList<>();
        String[] lines = lines(text);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (line.length() < 17 || !line.substring(0, 5).matches("\\d{5}") || line.charAt(5) != ' ') {
                throw ContentFileException.at(i + 1, "not an order file record (order number in 1-5, code in 7-13)");
            }
            String raw = line.substring(6, 13).strip();
            char flag = line.charAt(14);
            if (flag != '0' && flag != '1') {
                throw ContentFileException.at(i + 1, "header flag in position 15 must be 0 or 1");
            }
            String code = kind == ContentKind.ICD10CM ? CodeFormats.dottedIcd10Cm(raw) : raw;
            boolean valid = kind == ContentKind.ICD10CM ? CodeFormats.ICD_10_CM.matcher(code).matches()
                    : CodeFormats.ICD_10_PCS.matcher(code).matches() || (flag == '0' && raw.matches("[0-9A-Z]{1,6}"));
            if (!valid) {
                throw ContentFileException.at(i + 1, "'" + raw + "' is not an " + kind.title + " code");
            }
            String shortDescription = line.substring(16, Math.min(76, line.length())).strip();
            String longDescription = line.length() > 77 ? line.substring(77).strip() : shortDescription;
            rows.add(new CodeRow(kind, code, flag == '1', shortDescription, longDescription, null, effective, null,
                    release));
        }
        return rows;
    }

    /**
     * HCPCS annual file (HCPC2026_JAN_ANWEB record layout), fixed width: code 1-5, sequence 6-10, record id 11
     * (3 = first line of a procedure, 4 = its continuation, 7/8 = modifier lines: skipped, modifiers load as their
     * own kind), long description 12-91, short description 92-119, add date 262-269, action effective date
     * 270-277, termination date 278-285 (last valid date), dates YYYYMMDD.
     */
    static List<ContentRow> hcpcsAnnual(String text, String release, LocalDate effective) {
        List<ContentRow> rows = new ArrayList<>();
        String[] lines = lines(text);
        CodeRow current = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (line.length() < 12) {
                throw ContentFileException.at(i + 1, "record shorter than the HCPCS layout");
            }
            char recordId = line.charAt(10);
            String code = line.substring(0, 5).strip();
            String longPart = field(line, 12, 91);
            switch (recordId) {
                case '3' -> {
                    if (!CodeFormats.HCPCS.matcher(code).matches() && !CodeFormats.CPT.matcher(code).matches()) {
                        throw ContentFileException.at(i + 1, "'" + code + "' is not a HCPCS code");
                    }
                    LocalDate added = date(field(line, 262, 269), i);
                    LocalDate actionEffective = date(field(line, 270, 277), i);
                    LocalDate terminated = date(field(line, 278, 285), i);
                    LocalDate from = actionEffective != null ? actionEffective : added != null ? added : effective;
                    current = new CodeRow(ContentKind.HCPCS, code, true, emptyToNull(field(line, 92, 119)), longPart,
                            null, from, terminated, release);
                    rows.add(current);
                }
                case '4' -> {
                    if (current == null || !current.code().equals(code)) {
                        throw ContentFileException.at(i + 1, "continuation of " + code + " without its first line");
                    }
                    current = new CodeRow(current.system(), current.code(), true, current.shortDescription(),
                            current.longDescription() + " " + longPart, null, current.effectiveFrom(),
                            current.effectiveTo(), release);
                    rows.set(rows.size() - 1, current);
                }
                case '7', '8' -> current = null;
                default -> throw ContentFileException.at(i + 1, "record id in position 11 must be 3, 4, 7 or 8");
            }
        }
        return rows;
    }

    /** A licensed CPT file: "code TAB descriptor" per line; blank lines and # comments are skipped. */
    static List<ContentRow> cptLicensed(String text, String release, LocalDate effective) {
        List<ContentRow> rows = new ArrayList<>();
        String[] lines = lines(text);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 2);
            String code = f[0].strip();
            if (!CodeFormats.CPT.matcher(code).matches()) {
                throw ContentFileException.at(i + 1, "'" + code + "' is not a CPT code (expected code TAB descriptor)");
            }
            String descriptor = f.length > 1 ? emptyToNull(f[1].strip()) : null;
            rows.add(new CodeRow(ContentKind.CPT, code, true, null, descriptor, null, effective, null, release));
        }
        return rows;
    }

    /**
     * NCCI PTP practitioner file, tab-delimited after its title and header lines: Column 1, Column 2,
     * "*=in existence prior to 1996", Effective Date YYYYMMDD, Deletion Date YYYYMMDD or *, Modifier 0/1/9,
     * PTP Edit Rationale. Lines that are not edits (titles, headers, notices) are skipped.
     */
    static List<ContentRow> ncciPtp(String text, String release) {
        List<ContentRow> rows = new ArrayList<>();
        String[] lines = lines(text);
        // two million rows name a few hundred dates: parse each once
        Map<String, LocalDate> dates = new HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            if (!PTP_ROW.matcher(lines[i]).lookingAt()) {
                continue;
            }
            String[] f = lines[i].split("\t", -1);
            if (f.length < 6) {
                throw ContentFileException.at(i + 1, "an NCCI PTP edit has at least 6 tab-separated fields");
            }
            int line = i;
            LocalDate from = f[3].isBlank() ? null : dates.computeIfAbsent(f[3].strip(), d -> date(d, line));
            String deletion = f[4].strip();
            LocalDate to = deletion.equals("*") || deletion.isEmpty() ? null
                    : dates.computeIfAbsent(deletion, d -> date(d, line)).minusDays(1);
            String indicator = f[5].strip();
            if (from == null || indicator.length() != 1 || "019".indexOf(indicator.charAt(0)) < 0) {
                throw ContentFileException.at(i + 1, "effective date and modifier indicator 0, 1 or 9 are required");
            }
            rows.add(new PtpRow(f[0], f[1], f[2].strip().equals("*"), indicator.charAt(0),
                    f.length > 6 ? emptyToNull(f[6].strip()) : null, from, to, release));
        }
        return rows;
    }

    /**
     * MUE practitioner services file (CSV, after title lines): HCPCS/CPT Code, Practitioner Services MUE Values,
     * MUE Adjudication Indicator ("2 Date of Service Edit: Policy"), MUE Rationale. In force from the release date.
     */
    static List<ContentRow> mue(String text, String release, LocalDate effective) {
        List<ContentRow> rows = new ArrayList<>();
        String[] lines = lines(text);
        for (int i = 0; i < lines.length; i++) {
            if (!MUE_ROW.matcher(lines[i]).lookingAt()) {
                continue;
            }
            List<String> f = CsvLine.split(lines[i]);
            if (f.size() < 3 || !f.get(1).strip().matches("\\d{1,9}") || !f.get(2).strip().matches("[123]\\b.*")) {
                // at most 9 digits: a unit count, and always within an int
                throw ContentFileException.at(i + 1, "expected code, MUE value (at most 9 digits), adjudication "
                        + "indicator 1-3, rationale");
            }
            String indicator = f.get(2).strip();
            rows.add(new MueRow(f.get(0).strip(), Integer.parseInt(f.get(1).strip()), indicator.charAt(0) - '0',
                    indicator, f.size() > 3 ? emptyToNull(f.get(3).strip()) : null, effective, null, release));
        }
        return rows;
    }

    /**
     * CMS POA exempt list (POAexemptCodesFY26.txt in the fiscal year's zip), tab-delimited after a header line
     * (Order2026, POAexemptCode, Description): order number (leading zeros), ICD-10-CM code (with its dot; an
     * undotted code is accepted), long title (quoted when it holds a comma). Lines that do not start with an order
     * number (the header, titles) are skipped. In force from the release date.
     */
    static List<ContentRow> poaExempt(String text, String release, LocalDate effective) {
        List<ContentRow> rows = new ArrayList<>();
        String[] lines = lines(text);
        for (int i = 0; i < lines.length; i++) {
            if (!POA_ROW.matcher(lines[i]).lookingAt()) {
                continue;
            }
            String[] f = lines[i].split("\t", -1);
            String code = icd10CmCode(f.length > 1 ? f[1].strip() : "", i);
            String description = f.length > 2 ? emptyToNull(unquote(f[2].strip())) : null;
            rows.add(new CodeRow(ContentKind.POA_EXEMPT, code, true, null, description, null, effective, null,
                    release));
        }
        return rows;
    }

    /**
     * Medicare Code Editor "Definitions of Medicare Code Edits" as text: the codes listed under edit
     * "9. Unacceptable principal diagnosis" (including its "unless a secondary diagnosis is coded" sub-list), one
     * per line, code (undotted, as the manual prints it; dotted accepted) then its short title. Other numbered edits,
     * the contents page, headings and notes are skipped; a code listed twice counts once. In force from the release
     * date.
     */
    static List<ContentRow> mceUnacceptablePrincipal(String text, String release, LocalDate effective) {
        Map<String, ContentRow> rows = new LinkedHashMap<>();
        String[] lines = lines(text);
        boolean inSection = false;
        boolean sectionFound = false;
        for (int i = 0; i < lines.length; i++) {
            Matcher section = MCE_SECTION.matcher(lines[i]);
            if (section.matches()) {
                inSection = section.group(1).equals("9")
                        && section.group(2).toLowerCase(Locale.ROOT).startsWith(MCE_UNACCEPTABLE_PDX);
                sectionFound |= inSection;
                continue;
            }
            Matcher code = inSection ? MCE_CODE.matcher(lines[i]) : null;
            if (code == null || !code.matches()) {
                continue;
            }
            String dotted = icd10CmCode(code.group(1), i);
            rows.putIfAbsent(dotted, new CodeRow(ContentKind.PDX_UNACCEPTABLE, dotted, true, null,
                    code.group(2).strip(), null, effective, null, release));
        }
        if (!sectionFound) {
            throw new ContentFileException("no '9. Unacceptable principal diagnosis' section: expected the text of "
                    + "the Definitions of Medicare Code Edits");
        }
        return new ArrayList<>(rows.values());
    }

    private static String icd10CmCode(String raw, int index) {
        String code = raw.contains(".") ? raw : CodeFormats.dottedIcd10Cm(raw);
        if (!CodeFormats.ICD_10_CM.matcher(code).matches()) {
            throw ContentFileException.at(index + 1, "'" + raw + "' is not an ICD-10-CM code");
        }
        return code;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1)
                .replace("\"\"", "\"") : s;
    }

    /**
     * Shipped ICD-10-CM subset (TSV, # comments, a header line): code (with dot), billable 1/0, effective_from,
     * effective_to (blank = open), release the row was taken from, MCE sex (M/F/blank), MCE age group (blank or
     * NEWBORN/PEDIATRIC/MATERNITY/ADULT), manifestation 1/0, official long description.
     */
    static List<ContentRow> curatedIcd10Cm(String text, String release) {
        List<ContentRow> rows = new ArrayList<>();
        forEachRecord(text, 9, (n, f) -> {
            if (!CodeFormats.ICD_10_CM.matcher(f[0]).matches()) {
                throw ContentFileException.at(n, "'" + f[0] + "' is not an ICD-10-CM code");
            }
            Mce mce = new Mce(emptyToNull(f[5]), f[6].isEmpty() ? null : AgeGroup.valueOf(f[6]), f[7].equals("1"));
            rows.add(new CodeRow(ContentKind.ICD10CM, f[0], f[1].equals("1"), null, f[8], mce, isoDate(f[2], n),
                    f[3].isEmpty() ? null : isoDate(f[3], n), "CMS ICD-10-CM " + f[4] + " (" + release + ")"));
        });
        return rows;
    }

    /**
     * Shipped ICD-10-PCS / HCPCS / modifier / place-of-service subsets (TSV): code, effective_from, effective_to, release,
     * description (blank for CPT modifiers: AMA descriptors are not shipped).
     */
    static List<ContentRow> curatedCodes(ContentKind kind, String text, String release) {
        List<ContentRow> rows = new ArrayList<>();
        forEachRecord(text, 5, (n, f) -> {
            Pattern format = kind == ContentKind.HCPCS ? CodeFormats.HCPCS
                    : kind == ContentKind.ICD10PCS ? CodeFormats.ICD_10_PCS
                    : kind == ContentKind.MODIFIER ? CodeFormats.MODIFIER : Pattern.compile("\\d{2}");
            if (!format.matcher(f[0]).matches()) {
                throw ContentFileException.at(n, "'" + f[0] + "' is not a " + kind.title + " code");
            }
            rows.add(new CodeRow(kind, f[0], true, null, emptyToNull(f[4]), null, isoDate(f[1], n),
                    f[2].isEmpty() ? null : isoDate(f[2], n), f[3] + " (" + release + ")"));
        });
        return rows;
    }

    private interface RecordConsumer {
        void accept(int lineNumber, String[] fields);
    }

    private static void forEachRecord(String text, int fields, RecordConsumer consumer) {
        String[] lines = lines(text);
        boolean header = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false; // column names
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != fields) {
                throw ContentFileException.at(i + 1, "expected " + fields + " tab-separated fields, found " + f.length);
            }
            for (int k = 0; k < f.length; k++) {
                f[k] = f[k].strip();
            }
            consumer.accept(i + 1, f);
        }
    }

    private static String field(String line, int fromPosition, int toPosition) {
        if (line.length() < fromPosition) {
            return "";
        }
        return line.substring(fromPosition - 1, Math.min(toPosition, line.length())).strip();
    }

    private static LocalDate date(String yyyymmdd, int index) {
        if (yyyymmdd.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(yyyymmdd, YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw ContentFileException.at(index + 1, "'" + yyyymmdd + "' is not a YYYYMMDD date");
        }
    }

    private static LocalDate isoDate(String value, int lineNumber) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ContentFileException.at(lineNumber, "'" + value + "' is not a YYYY-MM-DD date");
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String[] lines(String text) {
        return text.split("\\r?\\n");
    }

    private static String utf8(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The CMS fixed-width files are single-byte text: one byte is one position. */
    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
