package io.revcycle.coding.content.scale;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import javax.management.ObjectName;

/** Heap figures for the content scale bench, from the JVM's own management beans (no agent, no heap dump). */
final class HeapMeasure {

    static final String METHOD = "used heap after System.gc() until it stops falling, with the snapshot held, minus "
            + "the same before it was read (other threads of the JVM allocate too: a few MB of noise)";

    private HeapMeasure() {
    }

    /** Full GCs until the used heap stops falling (a young collection may still promote after the first). */
    static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used - 1_048_576) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }

    /**
     * The live-object histogram ({@code jcmd GC.class_histogram}, which runs a full GC) of the given classes:
     * instances and shallow bytes of each kind of row the snapshot holds. Empty where the diagnostic command bean
     * is missing.
     */
    static List<String> histogram(List<String> classNames) {
        List<String> lines = new ArrayList<>();
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] { new String[0] }, new String[] { String[].class.getName() });
            for (String line : text.split("\n")) {
                String[] columns = line.strip().split("\\s+");
                if (columns.length == 4 && classNames.contains(columns[3])) {
                    lines.add(columns[1] + " instances, " + columns[2] + " bytes: " + columns[3]);
                }
            }
        } catch (Exception | LinkageError e) {
            // not a HotSpot JVM: the used-heap delta stands alone
        }
        return lines;
    }
}
