package io.revcycle.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JVM options of a service the local stack runs, chosen for footprint (docs/performance.md, change 10): a
 * service's resident memory stays near what it uses, not what it may use.
 */
final class ServiceJvm {

    /** glibc's per-thread malloc arenas (64 MB reservations each) grow RSS with the thread count, not the load. */
    static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private ServiceJvm() {
    }

    static List<String> options(LocalStack.Jit jit) {
        List<String> jvm = new ArrayList<>(List.of(
                // the heap starts small and grows with use; the serial collector gives unused heap back
                "-Xms24m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20",
                "-Xss512k", "-XX:MaxMetaspaceSize=192m",
                // metaspace is the largest part after the heap (~100 MB of classes): return its free chunks eagerly
                "-XX:MetaspaceReclaimPolicy=aggressive"));
        if (jit == LocalStack.Jit.QUICK_START) {
            // C1 code is small: a 48 MB code cache instead of the tiered 240 MB reservation
            jvm.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=48m"));
        }
        return jvm;
    }
}
