package io.revcycle.stack.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.claim.Claim837;
import io.revcycle.x12.claim.Claim837I;
import io.revcycle.x12.claim.Claim837P;

/**
 * The X12 files of a run as the services dropped them: to-payer/ (the 837s claims-service sent), from-payer/ (the
 * simulator's 999, 277CA and 835 answers) and inbox/ (files a user dropped for intake). File names are
 * {@code <sender>-<ISA13>-<types>.x12}, so counting needs no parsing.
 */
public final class EdiFolder {

    public static final List<String> FOLDERS = List.of("to-payer", "from-payer");
    /** HI qualifiers of ICD-10-PCS procedures on an 837I: BBR principal, BBQ other. */
    static final Set<String> PROCEDURE_QUALIFIERS = Set.of("BBR", "BBQ");

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

    /**
     * The ICD-10-PCS procedures (HI BBR principal, BBQ others, as {@code "BBR:02HV33Z"}) of every claim in the 837I
     * files sent (to-payer/), by patient control number (CLM01); a claim sent more than once (a correction) has one
     * list per sending.
     */
    public static Map<String, List<List<String>>> icdProceduresOn837I(Path ediDir) {
        Map<String, List<List<String>>> byControlNumber = new TreeMap<>();
        for (Path f : files(ediDir)) {
            if (!f.getParent().getFileName().toString().equals("to-payer") || !f.getFileName().toString().contains("837I")) {
                continue;
            }
            byte[] bytes = read(f);
            X12Toolkit.readTyped(bytes, Claim837I.class).values().stream().flatMap(Claim837I::claims)
                    .forEach(claim -> byControlNumber.computeIfAbsent(claim.patientControlNumber(), k -> new ArrayList<>())
                            .add(claim.otherCodes().stream().filter(h -> PROCEDURE_QUALIFIERS.contains(h.qualifier()))
                                    .map(h -> h.qualifier() + ":" + h.code()).toList()));
        }
        return byControlNumber;
    }

    /**
     * How often each patient control number (CLM01) was sent: over every 837P and 837I in to-payer/. A file the X12
     * engine reads with errors (one cut short) is named in the result's unreadable list, not counted.
     */
    public static SentClaims claimsSent(Path ediDir) {
        Map<String, Integer> byControlNumber = new TreeMap<>();
        List<String> unreadable = new ArrayList<>();
        for (Path f : files(ediDir)) {
            String name = f.getFileName().toString();
            if (!f.getParent().getFileName().toString().equals("to-payer") || !name.contains("837")) {
                continue;
            }
            byte[] bytes = read(f);
            var read = name.contains("837I") ? X12Toolkit.readTyped(bytes, Claim837I.class)
                    : X12Toolkit.readTyped(bytes, Claim837P.class);
            if (read.hasErrors()) {
                unreadable.add(name);
                continue;
            }
            read.values().stream().map(Claim837.class::cast).flatMap(Claim837::claims)
                    .forEach(claim -> byControlNumber.merge(claim.patientControlNumber(), 1, Integer::sum));
        }
        return new SentClaims(byControlNumber, unreadable);
    }

    /** CLM01 → times sent, and the 837 files that could not be read. */
    public record SentClaims(Map<String, Integer> byControlNumber, List<String> unreadable) {
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

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + f, e);
        }
    }
}
