package io.revcycle.denials;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.revcycle.text.CsvLine;

/**
 * Reads CARC and RARC lists in two layouts.
 * <ul>
 * <li><b>official</b>: the code list as X12 publishes it (x12.org/codes, copied from the page or saved as text): each
 * code with its description ({@code code TAB description}, or the code alone on a line and the description on the
 * following lines), then its dates line {@code Start: MM/DD/YYYY | Last Modified: MM/DD/YYYY | Stop: MM/DD/YYYY}
 * (Last Modified and Stop only when set); {@code Notes:} lines and the {@code Code Description} header are skipped.
 * This is how an update is taken: {@link #readOfficial} then {@link #toCurated} writes the shipped file.</li>
 * <li><b>curated</b>: the shipped CSV ({@code code,description,start,last_modified,stop}, ISO dates, quoted
 * descriptions) with {@code # source|version|licence:} comment lines.</li>
 * </ul>
 * A malformed entry fails the whole read with its line number: a half-read code list would classify silently wrong.
 */
public final class CodeListLoader {

    private static final Pattern CODE = Pattern.compile("[A-Z]{0,2}[0-9]{1,4}");
    private static final Pattern CODE_AND_TEXT = Pattern.compile("^([A-Z]{0,2}[0-9]{1,4})\\s*\\t\\s*(.*)$");
    private static final Pattern DATE_FIELD = Pattern.compile(
            "(Start|Last Modified|Stop)\\s*:\\s*([0-9]{1,2}/[0-9]{1,2}/[0-9]{4})", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");

    private CodeListLoader() {
    }

    public static CodeList readOfficial(CodeList.Kind kind, String version, Reader source) throws IOException {
        List<CodeListEntry> entries = new ArrayList<>();
        BufferedReader in = new BufferedReader(source);
        String code = null;
        StringBuilder description = new StringBuilder();
        int lineNumber = 0;
        for (String raw; (raw = in.readLine()) != null;) {
            lineNumber++;
            String line = raw.strip();
            if (line.isEmpty() || line.matches("(?i)code\\s+description") || line.regionMatches(true, 0, "Notes:", 0, 6)) {
                continue;
            }
            if (line.regionMatches(true, 0, "Start", 0, 5)) {
                if (code == null || description.isEmpty()) {
                    throw new IOException("line " + lineNumber + ": dates without a code and description");
                }
                entries.add(datedEntry(code, description.toString(), line, lineNumber));
                code = null;
                description.setLength(0);
                continue;
            }
            if (code == null) {
                Matcher both = CODE_AND_TEXT.matcher(line);
                if (both.matches()) {
                    code = both.group(1);
                    description.append(both.group(2).strip());
                } else if (CODE.matcher(line).matches()) {
                    code = line;
                } else {
                    throw new IOException("line " + lineNumber + ": expected a " + kind + " code, found text");
                }
            } else {
                if (!description.isEmpty()) {
                    description.append(' ');
                }
                description.append(line);
            }
        }
        if (code != null) {
            throw new IOException(kind + " code " + code + " has no Start date");
        }
        if (entries.isEmpty()) {
            throw new IOException("no " + kind + " codes found");
        }
        return new CodeList(kind, version, entries);
    }

    private static CodeListEntry datedEntry(String code, String description, String datesLine, int lineNumber)
            throws IOException {
        LocalDate start = null;
        LocalDate modified = null;
        LocalDate stop = null;
        Matcher m = DATE_FIELD.matcher(datesLine);
        while (m.find()) {
            LocalDate date;
            try {
                date = LocalDate.parse(m.group(2), US_DATE);
            } catch (DateTimeParseException e) {
                throw new IOException("line " + lineNumber + ": invalid date " + m.group(2), e);
            }
            switch (m.group(1).toLowerCase()) {
                case "start" -> start = date;
                case "stop" -> stop = date;
                default -> modified = date;
            }
        }
        if (start == null) {
            throw new IOException("line " + lineNumber + ": code " + code + " has no Start date");
        }
        return new CodeListEntry(code, description, start, modified, stop);
    }

    public static CodeList readCurated(CodeList.Kind kind, Reader source) throws IOException {
        List<CodeListEntry> entries = new ArrayList<>();
        BufferedReader in = new BufferedReader(source);
        String version = "unversioned";
        boolean header = false;
        int lineNumber = 0;
        for (String line; (line = in.readLine()) != null;) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                String comment = line.substring(1).strip();
                if (comment.startsWith("version:")) {
                    version = comment.substring("version:".length()).strip();
                }
                continue;
            }
            if (!header) {
                header = true;
                continue;
            }
            List<String> f = CsvLine.split(line);
            if (f.size() != 5) {
                throw new IOException("line " + lineNumber + ": expected 5 fields, found " + f.size());
            }
            try {
                entries.add(new CodeListEntry(f.get(0), f.get(1), LocalDate.parse(f.get(2)), date(f.get(3)),
                        date(f.get(4))));
            } catch (DateTimeParseException e) {
                throw new IOException("line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return new CodeList(kind, version, entries);
    }

    /** Writes a list (e.g. an official release just read) in the curated layout, with its provenance lines. */
    public static String toCurated(CodeList list, String source, String licence) {
        StringBuilder out = new StringBuilder();
        out.append("# X12 ").append(list.kind()).append(" code list\n");
        out.append("# source: ").append(source).append('\n');
        out.append("# version: ").append(list.version()).append('\n');
        out.append("# licence: ").append(licence).append('\n');
        out.append("code,description,start,last_modified,stop\n");
        for (CodeListEntry e : list.entries()) {
            out.append(e.code()).append(',').append(CsvLine.quote(e.description())).append(',').append(e.start())
                    .append(',').append(e.lastModified() == null ? "" : e.lastModified()).append(',')
                    .append(e.stop() == null ? "" : e.stop()).append('\n');
        }
        return out.toString();
    }

    private static LocalDate date(String text) {
        return text.isBlank() ? null : LocalDate.parse(text.strip());
    }
}
