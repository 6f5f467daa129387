package io.revcycle.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/**
 * BACKWARD compatibility, as the registry enforces it: a consumer on today's schema must read every event written
 * with any schema version ever committed. Earlier versions come from git history, so the schemas exist only once.
 */
class SchemaCompatibilityTest {

    private static final Path AVRO_DIR = Path.of("src/main/avro");

    @Test
    void shouldReadEveryCommittedVersionOfEverySchema() throws Exception {
        assumeTrue(gitAvailable(), "git history is not available");
        List<String> breaks = new ArrayList<>();
        int checked = 0;
        for (Path current : schemaFiles()) {
            Schema reader = new Schema.Parser().parse(current.toFile());
            for (String commit : git("log", "--format=%H", "--", current.toString()).split("\n")) {
                if (commit.isBlank()) {
                    continue;
                }
                String old = git("show", commit.strip() + ":./" + AVRO_DIR.resolve(current.getFileName()));
                Schema writer = new Schema.Parser().parse(old);
                var result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
                checked++;
                if (result.getType() != SchemaCompatibilityType.COMPATIBLE) {
                    breaks.add(current.getFileName() + " cannot read its version at " + commit.strip() + ": "
                            + result.getResult().getIncompatibilities());
                }
            }
        }
        assertThat(breaks).isEmpty();
        System.out.println("compared " + checked + " committed schema versions");
    }

    @Test
    void shouldDetectABackwardIncompatibleChange() {
        Schema v1 = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}");
        Schema addedRequired = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},"
                        + "{\"name\":\"b\",\"type\":\"string\"}]}");
        Schema addedWithDefault = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"E\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},"
                        + "{\"name\":\"b\",\"type\":\"string\",\"default\":\"x\"}]}");

        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(addedRequired, v1).getType())
                .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(addedWithDefault, v1).getType())
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void shouldGiveEveryEventAnIdATimeAndItsBusinessKey() throws IOException {
        for (Path file : schemaFiles()) {
            Schema schema = new Schema.Parser().parse(file.toFile());
            assertThat(schema.getField("eventId")).as(file + " eventId").isNotNull();
            assertThat(schema.getField("occurredAt")).as(file + " occurredAt").isNotNull();
            // business events name their encounter or patient, a guarantor account's events (statements, plans,
            // collections: several patients) the account; a file envelope (EdiInterchange) names its file;
            // reference data (the payer directory's entries) names its payer
            boolean referenceData = schema.getName().equals(PayerDirectoryUpdated.class.getSimpleName());
            assertThat(schema.getField("encounterId") != null || schema.getField("patientId") != null
                    || schema.getField("accountId") != null || schema.getField("fileId") != null
                    || referenceData && schema.getField("payerId") != null)
                    .as(file + " carries encounterId, patientId, accountId, fileId or (reference data) payerId")
                    .isTrue();
        }
    }

    private static List<Path> schemaFiles() throws IOException {
        try (Stream<Path> files = Files.list(AVRO_DIR)) {
            return files.filter(p -> p.toString().endsWith(".avsc")).sorted().toList();
        }
    }

    private static boolean gitAvailable() {
        try {
            return !git("rev-parse", "--verify", "HEAD").isBlank();
        } catch (Exception e) {
            return false;
        }
    }

    private static String git(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(new File(".")).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("git " + String.join(" ", args) + " failed");
        }
        return out;
    }
}
