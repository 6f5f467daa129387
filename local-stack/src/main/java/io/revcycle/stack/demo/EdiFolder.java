package io.revcycle.stack.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The X12 files of a run as the services dropped them: to-payer/ (the 837s claims-service sent), from-payer/ (the
 * simulator's 999, 277CA and 835 answers) and inbox/ (files a user dropped for intake). File names are
 * {@code <sender>-<ISA13>-<types>.x12}, so counting needs no parsing.
 */
public final class EdiFolder {

    public static final List<String> FOLDERS = List.of("to-payer", "from-payer");

    private EdiFolder() {
    }

    /** Files per document type (837P, 837I, 999, 277CA, 835...) in to-payer/ and from-payer/. */
    public static Map<String, Integer> countByType(Path ediDir) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Path f : files(ediDir)) {
            String name = f.getFileName().toString();
            String stem = name.substring(0, name.length() - ".x12".length());
            String types = stem.substring(stem.lastIndexOf('-') + 1);
            for (String t : types.split("\\+")) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Every sent file, both directions. */
    public static List<Path> files(Path ediDir) {
        if (ediDir == null) {
            return List.of();
        }
        return FOLDERS.stream().map(ediDir::resolve).filter(Files::isDirectory).flatMap(EdiFolder::list)
                .filter(p -> p.getFileName().toString().endsWith(".x12")).sorted().toList();
    }

    private static Stream<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + dir, e);
        }
    }
}
