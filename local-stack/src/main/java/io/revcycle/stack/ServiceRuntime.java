package io.revcycle.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

/**
 * Class-data sharing for the services' start-up (docs/performance.md, change 12): in RECORD mode the first launch of
 * a service after a build records the classes it loaded and, when it stops, writes them to
 * {@code target/quarkus-app/app.jsa} ({@code -XX:ArchiveClassesAtExit}); every later launch of the same build maps them ready-parsed and verified
 * ({@code -XX:SharedArchiveFile}) instead of loading ~20,000 classes from jars again. The services are packaged as
 * Quarkus' {@code aot-jar}, whose classes come from the JVM's own class path: what an archive can hold (the fast-jar's
 * runner class loader defines classes no archive keeps, which is why change 11 found no gain). The JVM checks an
 * archive against the class path it was made for and ignores a stale one, and a build newer than the archive records
 * again, so a rebuilt service never starts from old classes. Recording costs that launch about twice the CPU, so a
 * one-off run (the demo) only uses archives an earlier {@code up} or bench made (USE_EXISTING).
 */
final class ServiceRuntime {

    private final LocalStack.ClassArchives mode;

    ServiceRuntime(LocalStack.ClassArchives mode) {
        this.mode = mode;
    }

    LocalStack.ClassArchives mode() {
        return mode;
    }

    /** Launching {@code runner}: from its archive when one was made after the build, else recording one. */
    List<String> options(Path runner) {
        Path file = archive(runner);
        if (mode != LocalStack.ClassArchives.OFF && fresh(file, runner)) {
            return List.of("-XX:SharedArchiveFile=" + file);
        }
        return recording(runner) ? List.of("-XX:ArchiveClassesAtExit=" + file) : List.of();
    }

    /** A recording launch writes its archive when it stops: give it that time before it is killed. */
    boolean recording(Path runner) {
        return mode == LocalStack.ClassArchives.RECORD && !fresh(archive(runner), runner);
    }

    static Path archive(Path runner) {
        return runner.resolveSibling("app.jsa");
    }

    /** Made after the build that wrote {@code runner}. */
    private static boolean fresh(Path file, Path runner) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                return false;
            }
            FileTime made = Files.getLastModifiedTime(file);
            return made.compareTo(Files.getLastModifiedTime(runner)) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
