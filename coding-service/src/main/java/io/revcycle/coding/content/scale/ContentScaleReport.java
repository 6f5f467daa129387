package io.revcycle.coding.content.scale;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What {@link ContentScaleBench} measured; written as content-bench.json and content-bench.md. */
public record ContentScaleReport(double scale, long seed, String startedAt, String machine, List<KindLoad> loads,
        Snapshot snapshot, Engine engine) {

    /**
     * One release file through {@code ContentLoader.load}: rows in the file, rows the loader reported, rows the
     * database holds for the new content version, and the time of the load call (parse, diff, insert).
     */
    public record KindLoad(String kind, String release, String file, long fileBytes, int rowsInFile,
            int rowsLoaded, int added, int closed, long rowsStored, long generateMillis, long loadMillis) {

        @JsonProperty
        public double rowsPerSecond() {
            return loadMillis == 0 ? rowsLoaded * 1000.0 : rowsLoaded * 1000.0 / loadMillis;
        }
    }

    /**
     * The in-memory snapshot built the way coding-service builds it from the tables; {@code retainedHeapBytes} is
     * the used heap after full GCs with the snapshot held, minus the used heap after full GCs before it was read.
     */
    public record Snapshot(long rows, long storedRows, long buildMillis, long retainedHeapBytes, String method,
            List<String> histogram) {
    }

    /**
     * The edits engine on one thread over the snapshot, after a warm-up: per second of wall-clock time, and per
     * second of that thread's CPU time (on a shared machine the wall clock also counts the neighbours' turns).
     */
    public record Engine(int encounters, double seconds, double cpuSeconds, int errors, int warnings) {

        @JsonProperty
        public double perSecond() {
            return encounters / seconds;
        }

        @JsonProperty
        public double perCpuSecond() {
            return encounters / cpuSeconds;
        }
    }

    @JsonProperty
    public long totalRows() {
        return loads.stream().mapToLong(KindLoad::rowsLoaded).sum();
    }

    @JsonProperty
    public long totalLoadMillis() {
        return loads.stream().mapToLong(KindLoad::loadMillis).sum();
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "# Content at scale (scale %s, seed %d, %s)%n%n", scale, seed, startedAt));
        md.append("Synthetic content (generated at run time, see SyntheticContent), loaded through ContentLoader into "
                + "PostgreSQL in one transaction that is rolled back at the end.\n\n");
        md.append(machine).append("\n\n");
        md.append("| kind | file | MB | rows in file | rows loaded | rows stored | load s | rows/s |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (KindLoad l : loads) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %,d | %,d | %,d | %.2f | %,.0f |%n", l.kind(),
                    l.file(), l.fileBytes() / 1e6, l.rowsInFile(), l.rowsLoaded(), l.rowsStored(),
                    l.loadMillis() / 1000.0, l.rowsPerSecond()));
        }
        md.append(String.format(Locale.ROOT, "| all | | | | %,d | | %.2f | |%n%n", totalRows(),
                totalLoadMillis() / 1000.0));
        md.append(String.format(Locale.ROOT, "Snapshot: %,d rows (%,d stored), built in %.2f s, retained heap "
                + "%.1f MB (target <= 300 MB; %s).%n%n", snapshot.rows(), snapshot.storedRows(),
                snapshot.buildMillis() / 1000.0, snapshot.retainedHeapBytes() / 1048576.0, snapshot.method()));
        if (!snapshot.histogram().isEmpty()) {
            md.append("Rows in the heap histogram (shallow sizes; the strings and dates they share are counted in the "
                    + "retained figure above):\n\n```\n");
            snapshot.histogram().forEach(h -> md.append(h).append('\n'));
            md.append("```\n\n");
        }
        md.append(String.format(Locale.ROOT, "Edits engine: %,d encounters in %.2f s on one thread = %,.0f "
                + "encounters/s; %.2f s of that thread's CPU = %,.0f encounters per CPU second (target >= 50,000 "
                + "on one core; %,d errors, %,d warnings).%n", engine.encounters(), engine.seconds(),
                engine.perSecond(), engine.cpuSeconds(), engine.perCpuSecond(), engine.errors(), engine.warnings()));
        return md.toString();
    }
}
