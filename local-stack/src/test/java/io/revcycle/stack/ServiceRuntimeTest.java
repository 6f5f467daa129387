package io.revcycle.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceRuntimeTest {

    @TempDir
    Path app;

    @Test
    void shouldRecordAnArchiveWhenTheBuildHasNoneYet() throws Exception {
        Path runner = write(app.resolve("quarkus-run.jar"), Instant.parse("2026-12-07T01:00:00Z"));

        ServiceRuntime runtime = new ServiceRuntime(LocalStack.ClassArchives.RECORD);

        assertThat(runtime.options(runner)).containsExactly("-XX:ArchiveClassesAtExit=" + app.resolve("app.jsa"));
        assertThat(runtime.recording(runner)).isTrue();
    }

    @Test
    void shouldStartFromAnArchiveMadeAfterTheBuild() throws Exception {
        Path runner = write(app.resolve("quarkus-run.jar"), Instant.parse("2026-12-07T01:00:00Z"));
        write(app.resolve("app.jsa"), Instant.parse("2026-12-07T01:05:00Z"));

        ServiceRuntime runtime = new ServiceRuntime(LocalStack.ClassArchives.RECORD);

        assertThat(runtime.options(runner)).containsExactly("-XX:SharedArchiveFile=" + app.resolve("app.jsa"));
        assertThat(runtime.recording(runner)).isFalse();
    }

    @Test
    void shouldRecordAgainWhenTheServiceWasRebuiltAfterItsArchive() throws Exception {
        write(app.resolve("app.jsa"), Instant.parse("2026-12-07T01:05:00Z"));
        Path runner = write(app.resolve("quarkus-run.jar"), Instant.parse("2026-12-07T02:00:00Z"));

        assertThat(new ServiceRuntime(LocalStack.ClassArchives.RECORD).options(runner))
                .containsExactly("-XX:ArchiveClassesAtExit=" + app.resolve("app.jsa"));
    }

    @Test
    void shouldAddNothingWhenArchivesAreOff() throws Exception {
        Path runner = write(app.resolve("quarkus-run.jar"), Instant.parse("2026-12-07T01:00:00Z"));
        write(app.resolve("app.jsa"), Instant.parse("2026-12-07T01:05:00Z"));

        ServiceRuntime runtime = new ServiceRuntime(LocalStack.ClassArchives.OFF);

        assertThat(runtime.options(runner)).isEmpty();
        assertThat(runtime.recording(runner)).isFalse();
    }

    @Test
    void shouldUseAnArchiveButNeverRecordOneForAOneOffRun() throws Exception {
        Path runner = write(app.resolve("quarkus-run.jar"), Instant.parse("2026-12-07T01:00:00Z"));
        ServiceRuntime runtime = new ServiceRuntime(LocalStack.ClassArchives.USE_EXISTING);

        assertThat(runtime.options(runner)).isEmpty();
        assertThat(runtime.recording(runner)).isFalse();

        write(app.resolve("app.jsa"), Instant.parse("2026-12-07T01:05:00Z"));
        assertThat(runtime.options(runner)).containsExactly("-XX:SharedArchiveFile=" + app.resolve("app.jsa"));
    }

    private static Path write(Path file, Instant modified) throws Exception {
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
