package io.revcycle.messaging.logging;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes values that carry PHI from text bound for a log: the key and row values PostgreSQL quotes in constraint
 * errors (a unique member id, a patient's name in a failing row), bound SQL parameters (also as the driver inlines
 * them in a failed batch entry), and the X12 segments that
 * name people (names, addresses, birth dates, member ids). Ids and codes a reader needs to find the record are left.
 */
public final class PhiRedactor {

    public static final String REDACTED = "<redacted>";

    private record Rule(Pattern pattern, String replacement) {
    }

    private static final List<Rule> RULES = List.of(
            // unique/foreign-key violations: Key (member_id)=(MBR-1) already exists / is not present / conflicts
            new Rule(Pattern.compile("(Key \\([^)\\n]*\\))=\\([^\\n]*?\\)(?= already exists| is not present| conflicts|\\.|$)",
                    Pattern.MULTILINE), "$1=(" + REDACTED + ")"),
            // not-null and check violations quote the whole row
            new Rule(Pattern.compile("(Failing row contains) \\([^\\n]*\\)", Pattern.MULTILINE),
                    "$1 (" + REDACTED + ")"),
            // pgjdbc's failed batch entry inlines the statement's bound values (logged by Hibernate's
            // org.hibernate.orm.jdbc.error on a deadlock or constraint violation of a JDBC batch)
            new Rule(Pattern.compile("(Batch entry \\d+) [^\\n]*?( was aborted)"), "$1 " + REDACTED + "$2"),
            // Hibernate's bound parameters (org.hibernate.orm.jdbc.bind at TRACE)
            new Rule(Pattern.compile("(binding parameter \\([^)]*\\) <- )\\[[^\\n]*?\\]"), "$1[" + REDACTED + "]"),
            // PostgreSQL's "invalid input syntax for type date: "1961-03-09""
            new Rule(Pattern.compile("(invalid input syntax for type [a-z ]+): \"[^\"\\n]*\""), "$1: \"" + REDACTED + "\""),
            // X12 segments naming a person or member: NM1 names and ids, N3/N4 addresses, DMG birth dates, REF ids
            new Rule(Pattern.compile("\\b(NM1|N3|N4|DMG|REF|PER)([*|^:])[^~\\n'\"]*"), "$1$2" + REDACTED));

    private PhiRedactor() {
    }

    /** The text with PHI-bearing values replaced; the same instance when nothing matched. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(out);
            if (m.find()) {
                out = m.replaceAll(rule.replacement());
            }
        }
        return out;
    }
}
