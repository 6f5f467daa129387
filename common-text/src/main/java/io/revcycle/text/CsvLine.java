package io.revcycle.text;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 fields of one CSV line: quoted fields may hold commas and doubled quotes. Enough for the published code
 * lists the platform reads (CMS MUE files, X12 CARC/RARC exports), which never break a line inside a field.
 */
public final class CsvLine {

    private CsvLine() {
    }

    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** A field quoted for writing: doubled inner quotes. */
    public static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
