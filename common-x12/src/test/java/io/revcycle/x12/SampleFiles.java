package io.revcycle.x12;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/** The shared public sample files, resolved as {@code <repo root>/../shared/samples/x12}; tests skip without them. */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("common-x12")) && Files.exists(p.resolve("pom.xml"))) {
                return p.resolveSibling("shared").resolve("samples").resolve("x12");
            }
        }
        return dir.resolveSibling("shared").resolve("samples").resolve("x12");
    }

    /** The folder, or null when it is absent. */
    public static Path folderIfPresent() {
        Path folder = folder();
        return Files.isDirectory(folder) ? folder : null;
    }

    /** The sample files whose name starts with {@code prefix}; skips the calling test when there are none. */
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
