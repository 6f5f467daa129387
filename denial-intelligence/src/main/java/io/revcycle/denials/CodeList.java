package io.revcycle.denials;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An X12 code list (CARC or RARC) as shipped (a curated subset, {@code denials/carc.csv} and {@code denials/rarc.csv})
 * or loaded from the official list ({@link CodeListLoader}). Codes are kept as published (CARCs "16", "B15"; RARCs
 * "N115", "MA130").
 */
public final class CodeList {

    public enum Kind {
        CARC, RARC
    }

    private final Kind kind;
    private final String version;
    private final Map<String, CodeListEntry> entries;

    public CodeList(Kind kind, String version, Collection<CodeListEntry> entries) {
        this.kind = kind;
        this.version = version;
        Map<String, CodeListEntry> byCode = new LinkedHashMap<>();
        for (CodeListEntry e : entries) {
            if (byCode.put(e.code(), e) != null) {
                throw new IllegalArgumentException(kind + " code " + e.code() + " is listed twice");
            }
        }
        this.entries = Collections.unmodifiableMap(byCode);
    }

    public static CodeList shippedCarc() {
        return shipped(Kind.CARC, "denials/carc.csv");
    }

    public static CodeList shippedRarc() {
        return shipped(Kind.RARC, "denials/rarc.csv");
    }

    private static CodeList shipped(Kind kind, String resource) {
        try (InputStream in = CodeList.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return CodeListLoader.readCurated(kind, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The release the list was taken from (curated file: its {@code # version:} line). */
    public String version() {
        return version;
    }

    public Optional<CodeListEntry> find(String code) {
        return Optional.ofNullable(code == null ? null : entries.get(code.strip().toUpperCase()));
    }

    /** The description, or a plain "not in the list" so that a display never fails on an unknown code. */
    public String describe(String code) {
        return find(code).map(CodeListEntry::description).orElse(kind + " " + code + " (not in the code list)");
    }

    public Collection<CodeListEntry> entries() {
        return entries.values();
    }

    public int size() {
        return entries.size();
    }
}
