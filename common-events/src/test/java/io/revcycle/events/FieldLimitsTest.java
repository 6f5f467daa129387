package io.revcycle.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every column that stores a limited field, in the final schema of every service (its migrations and the shared
 * ones applied in version order), is at least as wide as FieldLimits says the edges accept.
 */
class FieldLimitsTest {

    private static final Pattern CREATE = Pattern.compile("create table (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+(?:varchar|char|character varying)\\((\\d+)\\)",
            Pattern.MULTILINE);
    private static final Pattern DROP = Pattern.compile("drop table (?:if exists )?(\\w+)");
    private static final Pattern ALTER_TYPE = Pattern.compile(
            "alter table (\\w+) alter column (\\w+) type (?:varchar|char|character varying)\\((\\d+)\\)");
    private static final Pattern ADD = Pattern.compile(
            "alter table (\\w+) add column (?:if not exists )?(\\w+) (?:varchar|char|character varying)\\((\\d+)\\)");

    @Test
    void shouldMakeEveryLimitedColumnOfEveryServiceAtLeastAsWideAsTheEdgesAccept() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(root.resolve("messaging/src/main/resources/db/messaging")), "no source tree");
        List<String> narrow = new ArrayList<>();
        int checked = 0;
        for (Path service : services(root)) {
            Map<String, Map<String, Integer>> tables = schema(root, service);
            for (var table : tables.entrySet()) {
                for (var column : table.getValue().entrySet()) {
                    Integer limit = FieldLimits.COLUMNS.get(column.getKey());
                    if (limit == null) {
                        continue;
                    }
                    checked++;
                    if (column.getValue() < limit) {
                        narrow.add(service.getFileName() + ": " + table.getKey() + "." + column.getKey() + " is "
                                + column.getValue() + " wide, the edges accept " + limit);
                    }
                }
            }
        }
        assertThat(narrow).isEmpty();
        assertThat(checked).isGreaterThan(30);
    }

    /** Services are the modules with Flyway migrations of their own. */
    private static List<Path> services(Path root) throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isDirectory(p.resolve("src/main/resources/db/migration"))).sorted().toList();
        }
    }

    private static Map<String, Map<String, Integer>> schema(Path root, Path service) throws IOException {
        List<Path> migrations = new ArrayList<>(sql(service.resolve("src/main/resources/db/migration")));
        migrations.addAll(sql(root.resolve("messaging/src/main/resources/db/messaging")));
        migrations.addAll(sql(root.resolve("edi-gateway/src/main/resources/db/edi")));
        migrations.sort(Comparator.comparing(FieldLimitsTest::version));
        Map<String, Map<String, Integer>> tables = new HashMap<>();
        for (Path m : migrations) {
            String text = Files.readString(m).toLowerCase().replaceAll("--[^\\n]*", "");
            Matcher create = CREATE.matcher(text);
            while (create.find()) {
                Map<String, Integer> columns = new HashMap<>();
                Matcher c = COLUMN.matcher(create.group(2));
                while (c.find()) {
                    columns.put(c.group(1), Integer.parseInt(c.group(2)));
                }
                tables.put(create.group(1), columns);
            }
            Matcher drop = DROP.matcher(text);
            while (drop.find()) {
                tables.remove(drop.group(1));
            }
            for (Pattern p : List.of(ALTER_TYPE, ADD)) {
                Matcher a = p.matcher(text);
                while (a.find()) {
                    tables.computeIfAbsent(a.group(1), t -> new HashMap<>()).put(a.group(2),
                            Integer.parseInt(a.group(3)));
                }
            }
        }
        return tables;
    }

    private static List<Path> sql(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".sql")).toList();
        }
    }

    /** V0_2__x.sql → [0, 2] compared numerically. */
    private static String version(Path p) {
        String v = p.getFileName().toString().substring(1).split("__")[0];
        StringBuilder key = new StringBuilder();
        for (String part : v.split("[._]")) {
            key.append(String.format("%08d", Integer.parseInt(part)));
        }
        return key.toString();
    }
}
