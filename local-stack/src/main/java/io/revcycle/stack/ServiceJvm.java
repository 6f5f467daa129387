package io.revcycle.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JVM options of a service the local stack runs, chosen for footprint and start-up (docs/performance.md,
 * change 10): a service's resident memory stays near what it uses, not what it may use, and a restart reads its
 * classes from a class-data-sharing archive the first clean stop wrote.
 */
final class ServiceJvm {

    /** glibc's per-thread malloc arenas (64 MB reservations each) grow RSS with the thread count, not the load. */
    static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private ServiceJvm() {
    }

    static List<String> options(String module, Path quarkusRunner, LocalStack.Jit jit) {
        List<String> jvm = new ArrayList<>(List.of(
                // the heap starts small and grows with use; the serial collector gives unused heap back
                "-Xms24m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
                "-Xss512k", "-XX:MaxMetaspaceSize=192m"));
        if (jit == LocalStack.Jit.QUICK_START) {
            // C1 code is small: a 48 MB code cache instead of the tiered 240 MB reservation
            jvm.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=48m"));
        }
        jvm.addAll(classDataSharing(module, quarkusRunner));
        return jvm;
    }

    /**
     * Java 17's dynamic CDS: the first run of a build of the service writes the archive when it stops cleanly, every
     * later run maps it. The archive is named by the runner's modification time and the JDK, so a rebuilt service or
     * another JDK never maps a stale one (the JVM would also refuse it and start without, with a warning).
     */
    private static List<String> classDataSharing(String module, Path quarkusRunner) {
        if (Boolean.getBoolean("revcycle.stack.no-cds")) { // ./revcycle bench --no-cds: to measure what it saves
            return List.of();
        }
        try {
            Path dir = ProjectLayout.root().resolve(".revcycle/cds");
            Files.createDirectories(dir);
            FileTime built = Files.getLastModifiedTime(quarkusRunner);
            Path archive = dir.resolve(module + "-" + built.toMillis() + "-" + Runtime.version().feature() + ".jsa");
            if (Files.isRegularFile(archive) && Files.size(archive) > 0) {
                return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
            }
            return List.of("-XX:ArchiveClassesAtExit=" + archive);
        } catch (IOException e) {
            return List.of(); // no archive: a slower start, nothing else
        }
    }
}
