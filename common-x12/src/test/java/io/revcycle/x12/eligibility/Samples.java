package io.revcycle.x12.eligibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * The shared public samples, {@code <repo root>/../shared/samples/x12} (never copied into the repository); a test
 * using them is skipped when the folder or the files are absent.
 */
public final class Samples {

    private Samples() {
    }

    static Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git")) || Files.exists(p.resolve("common-x12"))) {
                return p.resolveSibling("shared").resolve("samples").resolve("x12");
            }
        }
        return dir.resolveSibling("shared").resolve("samples").resolve("x12");
    }

    /** The sample files whose name starts with {@code prefix}, sorted; skips the test when there are none. */
    public static List<Path> matching(String prefix) {
        Path folder = folder();
        Assumptions.assumeTrue(Files.isDirectory(folder), "no sample folder at " + folder);
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
            Assumptions.assumeFalse(found.isEmpty(), "no sample " + prefix + "* in " + folder);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
