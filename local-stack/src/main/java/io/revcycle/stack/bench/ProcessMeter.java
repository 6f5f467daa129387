package io.revcycle.stack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU seconds and resident memory of the stack's processes, read from /proc (Linux): a process counts with its live
 * descendants and the children it has reaped (PostgreSQL's backends). Elsewhere every reading is zero.
 */
final class ProcessMeter {

    /** USER_HZ: 100 on every Linux this runs on (sysconf(_SC_CLK_TCK) is not reachable from Java). */
    private static final double TICKS_PER_SECOND = 100.0;

    record Reading(double cpuSeconds, long rssBytes) {
    }

    private final Map<String, Long> roots = new LinkedHashMap<>();
    private final Map<String, Boolean> withDescendants = new LinkedHashMap<>();
    private final Map<String, Double> cpuAtStart = new LinkedHashMap<>();
    private final Map<String, Long> peakRss = new LinkedHashMap<>();

    /** A process with its descendants (PostgreSQL's backends). */
    void watch(String name, long pid) {
        roots.put(name, pid);
        withDescendants.put(name, true);
    }

    /** A process alone: the launcher, whose descendants are the stack. */
    void watchAlone(String name, long pid) {
        roots.put(name, pid);
        withDescendants.put(name, false);
    }

    /** Starts the CPU clock of every watched process at its current reading. */
    void begin() {
        roots.forEach((name, pid) -> {
            cpuAtStart.put(name, read(name, pid).cpuSeconds());
            peakRss.put(name, 0L);
        });
    }

    /** Samples now: the peak resident set is the largest sum seen over a process tree. */
    synchronized void sample() {
        roots.forEach((name, pid) -> peakRss.merge(name, read(name, pid).rssBytes(), Math::max));
    }

    /** CPU seconds since {@link #begin} and peak resident bytes, by process. */
    synchronized Map<String, Reading> results() {
        sample();
        Map<String, Reading> out = new LinkedHashMap<>();
        roots.forEach((name, pid) -> out.put(name, new Reading(
                Math.max(0, read(name, pid).cpuSeconds() - cpuAtStart.getOrDefault(name, 0.0)), peakRss.get(name))));
        return out;
    }

    private Reading read(String name, long pid) {
        double cpu = 0;
        long rss = 0;
        for (long p : withDescendants.get(name) ? tree(pid) : List.of(pid)) {
            long[] stat = stat(p);
            cpu += stat[0] / TICKS_PER_SECOND;
            rss += stat[1];
        }
        return new Reading(cpu, rss);
    }

    private static List<Long> tree(long pid) {
        List<Long> pids = new ArrayList<>();
        pids.add(pid);
        ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d -> pids.add(d.pid())));
        return pids;
    }

    /** utime+stime+cutime+cstime in ticks, and VmRSS in bytes. */
    private static long[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after the command name start at field 3 (state): utime is field 14
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            long rssPages = Long.parseLong(f[21]);
            return new long[] {ticks, rssPages * 4096};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0}; // gone, or not Linux
        }
    }

    /** The postmaster listening on the port: a postgres process whose parent is not one, named by its port. */
    static OptionalLong postmaster(int port) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .filter(p -> isPostmasterOn(p, port))
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString())).findFirst();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    private static boolean isPostmasterOn(Path proc, int port) {
        try {
            String cmd = Files.readString(proc.resolve("cmdline")).replace('\0', ' ');
            if (!cmd.contains("postgres") || !cmd.matches(".*(-p |port=)" + port + "\\b.*")) {
                return false;
            }
            return ProcessHandle.of(Long.parseLong(proc.getFileName().toString()))
                    .flatMap(ProcessHandle::parent)
                    .flatMap(parent -> parent.info().command())
                    .map(c -> !c.endsWith("postgres")).orElse(true);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
