package io.revcycle.stack.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.revcycle.stack.chaos.FaultPlan;
import io.revcycle.stack.demo.ResponseTally;

/** What one {@code ./revcycle bench} run measured; written as JSON, as a Markdown table and as a plot. */
public record BenchReport(Run run, Throughput throughput, Counts counts, Map<String, Latency> latencyMs,
        Map<String, ProcessFigures> processes, Map<String, Double> readySeconds, RawLimits.Result rawLimits,
        Map<String, Double> ratios, List<Sample> series, Statements statements, ApplyOrder applyOrder,
        List<FaultPlan.Injected> faults, ResponseTally.Snapshot responses) {

    /**
     * The order check ({@code ApplyOrder}): inbox rows of the run's events, the (consumer, topic partition)
     * sequences they form, and how many times a later offset was applied before an earlier one (must be 0).
     */
    public record ApplyOrder(long eventsApplied, long sequences, long outOfOrder) {
    }

    /** From pg_stat_statements over the measured run (empty where the server does not load it). */
    public record Statements(Map<String, Double> perEncounterByDatabase, List<TopStatement> top) {
    }

    public record TopStatement(String database, long calls, long totalMs, long rows, String query) {
    }

    /** warmup: encounters taken through the whole cycle before the measured run, outside every figure. */
    public record Run(int encounters, double offeredRate, long seed, String startedAt, int cores,
            double loadAverageBefore, double loadAverageAfter, String postgres, Map<String, String> settings,
            String jit, int warmup, Map<String, Integer> instances) {
    }

    /** settledPerSecond: encounters / (last settled event - first documented event). */
    public record Throughput(double settledPerSecond, double documentedPerSecond, double elapsedSeconds,
            double driverSeconds) {
    }

    /**
     * Exact counts over the run's encounters, from the events on the topics (distinct event ids) and the services'
     * summaries. settledOnce: every encounter documented, coded and verified exactly once, every claim not held
     * adjudicated exactly once, and the claims service says all are final.
     */
    public record Counts(int encounters, int documented, int coded, int verified, int held, int submitted,
            int adjudicated, int denialsRaised, int balancesPosted, int straightThrough, int duplicates,
            int finalClaims, boolean settledOnce) {
    }

    public record Latency(int n, long p50, long p95, long p99, long max) {
    }

    public record ProcessFigures(double cpuSeconds, double cpuMsPerEncounter, long peakRssMb) {
    }

    /** One second of the run: events that occurred in it and the consumer lag sampled at its end. */
    public record Sample(int second, int documented, int settled, long lag, Map<String, Long> lagByGroup) {
    }

    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "# RevCycle pipeline bench: %,d encounters%s%n%n", run.encounters(),
                run.offeredRate() > 0 ? String.format(Locale.ROOT, " offered at %.0f/s", run.offeredRate()) : ""));
        md.append(String.format(Locale.ROOT, "Started %s, seed %d, %d cores, load average %.2f before / %.2f after,"
                + " PostgreSQL %s, service JIT %s; settings %s; %s.%n%n", run.startedAt(), run.seed(), run.cores(),
                run.loadAverageBefore(), run.loadAverageAfter(), run.postgres(), run.jit(),
                run.instances().isEmpty() ? run.settings() : run.settings() + ", instances " + run.instances(),
                run.warmup() > 0 ? String.format(Locale.ROOT, "measured after a warm-up of %,d encounters through the"
                        + " whole cycle", run.warmup()) : "no warm-up: the services' first encounters (class loading,"
                        + " JIT compilation) are in the figures"));
        md.append("| figure | value |\n|---|---|\n");
        md.append(row("settled end to end", "%.1f encounters/s", throughput.settledPerSecond()));
        md.append(row("documented (offered)", "%.1f encounters/s", throughput.documentedPerSecond()));
        md.append(row("first documented → last settled", "%.1f s", throughput.elapsedSeconds()));
        md.append(row("Kafka produce→consume, one hop", "%.0f records/s", rawLimits.kafkaHopPerSecond()));
        md.append(row("PostgreSQL single-row commits", "%.0f commits/s", rawLimits.postgresCommitsPerSecond()));
        md.append(row("plain-Java six-hop chain (outbox + processed rows)", "%.0f encounters/s",
                rawLimits.plainChainPerSecond()));
        ratios.forEach((k, v) -> md.append(row("ratio: " + k, "%.4f", v)));
        md.append(String.format(Locale.ROOT, "%n| counts | %s |%n|---|---|%n", counts.settledOnce()
                ? "every encounter settled once" : "NOT every encounter settled once"));
        md.append(String.format(Locale.ROOT, "| encounters / documented / coded / verified | %d / %d / %d / %d |%n",
                counts.encounters(), counts.documented(), counts.coded(), counts.verified()));
        md.append(String.format(Locale.ROOT, "| held / submitted / adjudicated / denials / balances posted | %d / %d"
                + " / %d / %d / %d |%n", counts.held(), counts.submitted(), counts.adjudicated(),
                counts.denialsRaised(), counts.balancesPosted()));
        md.append(String.format(Locale.ROOT, "| final claims / duplicate events / straight-through | %d / %d / %d |%n",
                counts.finalClaims(), counts.duplicates(), counts.straightThrough()));
        md.append(String.format(Locale.ROOT, "| events applied out of their partition's order (of %,d applied, %,d"
                + " consumer × partition sequences) | %d |%n", applyOrder.eventsApplied(), applyOrder.sequences(),
                applyOrder.outOfOrder()));
        md.append("\n| latency (ms, straight-through encounters) | n | p50 | p95 | p99 | max |\n|---|---|---|---|---|---|\n");
        latencyMs.forEach((hop, l) -> md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d |%n", hop,
                l.n(), l.p50(), l.p95(), l.p99(), l.max())));
        md.append("\n| process | CPU s | CPU ms / encounter | peak RSS MB |\n|---|---|---|---|\n");
        processes.forEach((name, p) -> md.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %d |%n", name,
                p.cpuSeconds(), p.cpuMsPerEncounter(), p.peakRssMb())));
        md.append("\n| service restarted alone (JVM start → /q/health/ready UP) | seconds |\n|---|---|\n");
        readySeconds.forEach((name, s) -> md.append(String.format(Locale.ROOT, "| %s | %.2f |%n", name, s)));
        if (!statements.top().isEmpty()) {
            md.append("\n| database | statements per encounter |\n|---|---|\n");
            statements.perEncounterByDatabase().forEach((db, n) -> md.append(String.format(Locale.ROOT,
                    "| %s | %.1f |%n", db, n)));
            md.append("\n| database | calls | server ms | rows | statement (most server time first) |\n"
                    + "|---|---|---|---|---|\n");
            statements.top().forEach(t -> md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | `%s` |%n",
                    t.database(), t.calls(), t.totalMs(), t.rows(), t.query().replace("|", "\\|"))));
        }
        if (!faults.isEmpty()) {
            md.append("\n| fault injected during the run | at s | took s | error |\n|---|---|---|---|\n");
            faults.forEach(f -> md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s |%n", f.fault(),
                    f.startedAtSecond(), f.seconds(), f.error() == null ? "" : f.error().replace("|", "\\|"))));
        }
        md.append(String.format(Locale.ROOT, "%nHTTP answers to the bench's clients during the run, by status: %s;"
                + " no answer (refused or timed out, each retry counted): %,d; 503 without Retry-After: %,d.%n",
                responses.byStatus(), responses.unanswered(), responses.unavailableWithoutRetryAfter()));
        if (!responses.serverErrors().isEmpty()) {
            md.append("\n| server error other than 503 (the first " + responses.serverErrors().size() + ") |\n|---|\n");
            responses.serverErrors().forEach(e -> md.append("| ").append(e.replace("|", "\\|")).append(" |\n"));
        }
        long maxLag = series.stream().mapToLong(Sample::lag).max().orElse(0);
        md.append(String.format(Locale.ROOT, "%nConsumer lag (all groups, sampled each second): max %,d records;"
                + " see bench.png and the series in bench.json.%n", maxLag));
        return md.toString();
    }

    private static String row(String name, String format, double value) {
        return "| " + name + " | " + String.format(Locale.ROOT, format, value) + " |\n";
    }
}
