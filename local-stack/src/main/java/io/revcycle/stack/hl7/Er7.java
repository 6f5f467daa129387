package io.revcycle.stack.hl7;

import java.util.Map;
import java.util.TreeMap;

/**
 * Writing HL7 v2 ER7 by hand, as an interface engine's mapping produces it: the demo's messages and the services'
 * HL7 tests build their segments here (local-stack is on every service's test class path through test-support).
 */
public final class Er7 {

    private Er7() {
    }

    /** A segment from its fields by position (1-based), empty fields between. */
    public static String segment(String name, Map<Integer, String> fields) {
        TreeMap<Integer, String> sorted = new TreeMap<>(fields);
        StringBuilder s = new StringBuilder(name);
        for (int i = 1; i <= sorted.lastKey(); i++) {
            s.append('|').append(sorted.getOrDefault(i, ""));
        }
        return s.toString();
    }

    /** HL7 escapes for the delimiters in free text (names, descriptions); line breaks become spaces. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> s.append("\\E\\");
                case '|' -> s.append("\\F\\");
                case '^' -> s.append("\\S\\");
                case '&' -> s.append("\\T\\");
                case '~' -> s.append("\\R\\");
                case '\r', '\n' -> s.append(' ');
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
