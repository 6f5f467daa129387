package io.revcycle.stack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.revcycle.stack.LocalStack;
import io.revcycle.stack.ServiceApp;
import io.revcycle.stack.bench.EventTimeline.Encounter;
import io.revcycle.stack.chaos.FaultPlan;
import io.revcycle.stack.bench.EventTimeline.Kind;
import io.revcycle.stack.demo.ApiClient;
import io.revcycle.stack.demo.DemoDriver;
import io.revcycle.stack.demo.DemoSummary;
import io.revcycle.stack.demo.Progress;
import io.revcycle.stack.demo.ResponseTally;
import io.revcycle.stack.demo.SyntheticEncounters;
import io.revcycle.stack.demo.SyntheticEncounters.Case;

/**
 * {@code ./revcycle bench}: seeded encounters through the running stack from documentation to the patient ledger, by
 * the public APIs (the coders' worklist and the billers' corrections are worked as in the demo); then every event of
 * the run is read back from the topics for latencies and exact counts, and the machine's raw limits are measured on
 * the same broker and database for the ratios.
 */
public final class PipelineBench {

    /**
     * timedRestarts: services restarted alone before the run to time their start-up (all of them by default);
     * warmup: encounters (another seed's) taken through the whole cycle first and left out of every figure, so the
     * figures are the steady state and not the services' class loading and JIT compilation of their first minutes;
     * faults: injected beside the encounters, which are then released in shares before each fault (the chaos run:
     * the run then ends only once the plan is over and everything has settled after it, and the documenting clients
     * retry as an EHR's interface engine does while a service is down).
     */
    public record Options(int encounters, double rate, long seed, Duration timeout, Map<String, String> settings,
            List<ServiceApp> timedRestarts, int warmup, FaultPlan faults) {
        public Options(int encounters, double rate, long seed, Duration timeout, Map<String, String> settings,
                List<ServiceApp> timedRestarts, int warmup) {
            this(encounters, rate, seed, timeout, settings, timedRestarts, warmup, FaultPlan.NONE);
        }

        public Options(int encounters, double rate, long seed, Duration timeout, Map<String, String> settings,
                List<ServiceApp> timedRestarts) {
            this(encounters, rate, seed, timeout, settings, timedRestarts, 0);
        }

        public Options(int encounters, double rate, long seed, Duration timeout, Map<String, String> settings) {
            this(encounters, rate, seed, timeout, settings, List.of(ServiceApp.values()));
        }
    }

    /** After every encounter is documented, this long without one more settled claim ends the run. */
    static final Duration STALL = Duration.ofMinutes(5);

    /** How long a documenting client keeps trying one encounter while faults are injected. */
    static final Duration DOCUMENT_RETRY = Duration.ofMinutes(5);

    /** Warm-up encounters come from another seed: their ids never meet the measured run's. */
    static final long WARMUP_SEED_SALT = 0x5741524dL; // "WARM"

    private final LocalStack stack;
    private final Progress progress;

    public PipelineBench(LocalStack stack, Progress progress) {
        this.stack = stack;
        this.progress = progress;
    }

    public BenchReport run(Options options) throws Exception {
        List<Case> cases = SyntheticEncounters.generate(options.encounters(), options.seed());
        // every answer of the run, the bench's own requests and the driver's, counted by status (ResponseTally)
        ApiClient counted = new ApiClient();
        DemoDriver driver = new DemoDriver(stack::url, stack.tokens(), Progress.silent(), 0, 0, counted);
        Map<String, Double> readySeconds = readyAfterRestart(options.timedRestarts());
        warmUp(options);
        int baseline = DemoDriver.finalClaims(claimsSummary(counted));
        progress.message("registering " + cases.size() + " members with the payer and their coverages");
        driver.register(cases);

        ProcessMeter meter = new ProcessMeter();
        stack.pids().forEach(meter::watch);
        ProcessMeter.postmaster(stack.postgres().port()).ifPresent(pid -> meter.watch("postgresql", pid));
        meter.watchAlone("bench driver", ProcessHandle.current().pid());
        double loadBefore = loadAverage();
        StatementStats statements = StatementStats.begin(stack.postgres());
        String startedAt = Instant.now().toString();
        meter.begin();

        Map<String, Case> byEncounter = new LinkedHashMap<>();
        cases.forEach(c -> byEncounter.put(c.encounter().encounterId(), c));
        AtomicInteger documented = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ExecutorService documenters = Executors.newFixedThreadPool(8);
        boolean chaos = !options.faults().isEmpty();
        long t0 = System.nanoTime();
        FaultPlan.Running faults = options.faults().start(stack);
        IntSupplier released = chaos ? () -> releasedBeforeFault(cases.size(), options.faults(), faults)
                : cases::size;
        Thread offer = new Thread(() -> offer(cases, options.rate(), released, driver, documenters, documented,
                failure, chaos), "bench-offer");
        offer.start();
        progress.stage("encounters settled", cases.size());
        Map<Integer, Map<String, Long>> lagBySecond = new TreeMap<>();
        Set<String> codedByCoder = ConcurrentHashMap.newKeySet();
        Set<String> corrected = ConcurrentHashMap.newKeySet();
        long deadline = t0 + options.timeout().toNanos();
        int lastSettled = -1;
        long lastChange = System.nanoTime();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            while (true) {
                if (failure.get() != null) {
                    throw new IllegalStateException("documenting failed", failure.get());
                }
                JsonNode claims;
                boolean balanced;
                try {
                    driver.workTheQueues(byEncounter, codedByCoder, corrected);
                    claims = claimsSummary(counted);
                    balanced = driver.balancesPosted(claims);
                } catch (IllegalStateException e) {
                    if (!chaos) {
                        throw e;
                    }
                    Thread.sleep(1000); // a service down or restarting (a fault of the plan): ask again
                    continue;
                }
                int settled = DemoDriver.finalClaims(claims) - baseline;
                int second = (int) ((System.nanoTime() - t0) / 1_000_000_000L);
                lagBySecond.put(second, lag(admin));
                meter.sample();
                progress.update(Math.min(settled, cases.size()));
                if (settled >= cases.size() && documented.get() == cases.size() && balanced && faults.done()) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    progress.message("timed out after " + options.timeout() + " with " + settled + " settled");
                    break;
                }
                if (settled != lastSettled) {
                    lastSettled = settled;
                    lastChange = System.nanoTime();
                } else if (documented.get() == cases.size() && faults.done()
                        && System.nanoTime() - lastChange > STALL.toNanos()) {
                    // a claim that will never settle (a lost update, a stuck consumer) must end the run, not hold
                    // it for the whole timeout: the report then says which counts are not exact
                    progress.message("nothing settled for " + STALL.toMinutes() + " minutes: " + settled + " of "
                            + cases.size() + " final; claims by status " + claims.path("byStatus"));
                    break;
                }
                Thread.sleep(1000);
            }
        } finally {
            offer.interrupt();
            documenters.shutdownNow();
            faults.cancel();
        }
        progress.done();
        if (chaos) {
            progress.message("faults injected:\n" + faults.summary());
        }
        double driverSeconds = (System.nanoTime() - t0) / 1e9;
        Map<String, ProcessMeter.Reading> cpu = meter.results();
        double loadAfter = loadAverage();
        BenchReport.Statements statementFigures = statements.end(cases.size(), 15);
        int finalClaims = DemoDriver.finalClaims(claimsSummary(counted)) - baseline;
        ResponseTally.Snapshot responses = counted.responses();

        progress.message("reading the run's events back from the topics");
        EventTimeline timeline = EventTimeline.read(stack.bootstrapServers(), stack.registryUrl(), byEncounter.keySet());
        int messageBytes = Math.max(200, timeline.averageValueBytes(Kind.DOCUMENTED));
        progress.message("measuring the raw limits (Kafka one hop, PostgreSQL commits, plain-Java six-hop chain)");
        RawLimits.Result raw = RawLimits.measure(stack.bootstrapServers(), stack.postgres(), messageBytes,
                cases.size());
        return report(options, cases, timeline, cpu, readySeconds, lagBySecond, raw, statementFigures, finalClaims,
                driverSeconds,
                new BenchReport.Run(cases.size(), options.rate(), options.seed(), startedAt,
                        Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter, stack.postgres().kind(),
                        options.settings(), stack.jit().name() + ", class-data archives " + stack.classArchives(),
                        options.warmup(), stack.instances()), ApplyOrder.check(timeline, stack.postgres()),
                faults.injected(), responses);
    }

    private void warmUp(Options options) {
        if (options.warmup() <= 0) {
            return;
        }
        progress.message("warming up: " + options.warmup() + " encounters through the whole cycle, not measured");
        long seed = options.seed() ^ WARMUP_SEED_SALT;
        DemoSummary warm = new DemoDriver(stack::url, stack.tokens(), Progress.silent())
                .run(SyntheticEncounters.generate(options.warmup(), seed), seed, options.timeout());
        if (!warm.allFinal()) {
            throw new IllegalStateException("the warm-up did not settle: " + warm.claimsByStatus());
        }
        progress.message(String.format(java.util.Locale.ROOT, "warm-up settled in %.0f s", warm.elapsedSeconds()));
    }

    /**
     * Start-up as a pod restart sees it: each service stopped and started again alone on the idle stack (database,
     * broker, registry and IdP up), timed from launching its JVM to its readiness check answering UP. Done before
     * the measured run, so a --jfr recording holds the run and not the start-up.
     */
    private Map<String, Double> readyAfterRestart(List<ServiceApp> apps) {
        Map<String, Double> ready = new LinkedHashMap<>();
        for (ServiceApp app : apps) {
            progress.message("restarting " + app.module + " alone to time its start-up");
            ready.put(app.module, round(stack.restart(app).toMillis() / 1000.0));
        }
        return ready;
    }

    /**
     * With a fault plan, the encounters are released in equal shares, one as the plan starts and one as each fault
     * but the last is over, all before the last: every fault then lands on encounters in flight (documented at
     * once, they were all settled before the plan's last faults), and none lands on an idle stack.
     */
    static int releasedBeforeFault(int encounters, FaultPlan plan, FaultPlan.Running running) {
        if (running.done()) {
            return encounters;
        }
        int shares = Math.max(1, plan.faults().size());
        return (int) Math.min(encounters, (long) encounters * (running.injected().size() + 1) / shares);
    }

    /**
     * Documents every encounter: as fast as 8 clients go, or each at its slot of a fixed offered rate; none before
     * {@code released} allows it.
     */
    private static void offer(List<Case> cases, double rate, IntSupplier released, DemoDriver driver,
            ExecutorService documenters, AtomicInteger documented, AtomicReference<Throwable> failure,
            boolean retry) {
        long start = System.nanoTime();
        try {
            for (int i = 0; i < cases.size(); i++) {
                while (i >= released.getAsInt()) {
                    TimeUnit.MILLISECONDS.sleep(100);
                }
                if (rate > 0) {
                    long due = start + (long) (i * 1e9 / rate);
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                Case c = cases.get(i);
                documenters.submit(() -> {
                    try {
                        document(driver, c, retry);
                        documented.incrementAndGet();
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One encounter documented; with retry, tried again (for up to {@link #DOCUMENT_RETRY}) while coding-service is
     * down or answers 5xx: sending the same encounter again is safe, a second delivery is recognised (409 or the
     * same answer) and never makes a second claim.
     */
    private static void document(DemoDriver driver, Case c, boolean retry) {
        long deadline = System.nanoTime() + DOCUMENT_RETRY.toNanos();
        while (true) {
            try {
                driver.document(c);
                return;
            } catch (ApiClient.Unavailable e) {
                if (!retry || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** Records not yet committed by each consumer group, summed over its partitions. */
    private static Map<String, Long> lag(Admin admin) {
        Map<String, Long> lag = new TreeMap<>();
        try {
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(5, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                        .get(5, TimeUnit.SECONDS);
                long sum = 0;
                for (var e : committed.entrySet()) {
                    if (e.getValue() != null && ends.containsKey(e.getKey())) {
                        sum += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset());
                    }
                }
                lag.put(group.groupId(), sum);
            }
        } catch (Exception e) {
            // a sample missed (broker busy); the series shows a gap rather than stopping the bench
        }
        return lag;
    }

    private static BenchReport report(Options options, List<Case> cases, EventTimeline timeline,
            Map<String, ProcessMeter.Reading> cpu, Map<String, Double> readySeconds,
            Map<Integer, Map<String, Long>> lagBySecond, RawLimits.Result raw, BenchReport.Statements statements,
            int finalClaims, double driverSeconds, BenchReport.Run run, BenchReport.ApplyOrder order,
            List<FaultPlan.Injected> faults, ResponseTally.Snapshot responses) {
        int n = cases.size();
        int documented = 0, coded = 0, verified = 0, held = 0, submitted = 0, adjudicated = 0, denials = 0,
                balances = 0, duplicates = 0, straight = 0;
        boolean once = true;
        long firstDoc = Long.MAX_VALUE, lastDoc = 0, lastSettled = 0;
        Map<String, List<Long>> hops = new LinkedHashMap<>();
        for (String hop : List.of("documented → coded", "documented → eligibility verified",
                "coded and verified → claim submitted (837 batch window)", "documented → claim submitted",
                "claim submitted → adjudicated (payer cycle, 999/277CA/835)", "adjudicated → patient balance posted",
                "end to end: documented → settled")) {
            hops.put(hop, new ArrayList<>());
        }
        List<Long> docTimes = new ArrayList<>();
        List<Long> settleTimes = new ArrayList<>();
        for (Case c : cases) {
            Encounter e = timeline.byEncounter.getOrDefault(c.encounter().encounterId(), new Encounter());
            boolean expectHeld = c.coverage().effectiveTo() != null;
            documented += e.count(Kind.DOCUMENTED) > 0 ? 1 : 0;
            coded += e.count(Kind.CODED) > 0 ? 1 : 0;
            verified += e.count(Kind.VERIFIED) > 0 ? 1 : 0;
            submitted += e.count(Kind.SUBMITTED) > 0 ? 1 : 0;
            adjudicated += e.count(Kind.ADJUDICATED) > 0 ? 1 : 0;
            denials += e.count(Kind.DENIED) > 0 ? 1 : 0;
            balances += e.count(Kind.BALANCE) > 0 ? 1 : 0;
            boolean isHeld = e.count(Kind.SUBMITTED) == 0 && e.count(Kind.ADJUDICATED) == 0;
            held += isHeld ? 1 : 0;
            for (Kind k : List.of(Kind.DOCUMENTED, Kind.CODED, Kind.VERIFIED, Kind.ADJUDICATED, Kind.DENIED)) {
                duplicates += Math.max(0, e.count(k) - 1);
            }
            once &= e.count(Kind.DOCUMENTED) == 1 && e.count(Kind.CODED) == 1 && e.count(Kind.VERIFIED) == 1
                    && isHeld == expectHeld && (expectHeld || e.count(Kind.ADJUDICATED) == 1);
            long doc = e.at(Kind.DOCUMENTED);
            long ready = Math.max(e.at(Kind.CODED), e.at(Kind.VERIFIED));
            long settled = isHeld ? ready : Math.max(e.at(Kind.ADJUDICATED), e.at(Kind.BALANCE));
            if (doc > 0) {
                firstDoc = Math.min(firstDoc, doc);
                lastDoc = Math.max(lastDoc, doc);
                docTimes.add(doc);
            }
            if (settled > 0) {
                lastSettled = Math.max(lastSettled, settled);
                settleTimes.add(settled);
            }
            if (c.needsCoder() || c.inpatient() || c.mistypedMemberId() || expectHeld || doc == 0
                    || e.at(Kind.ADJUDICATED) == 0) {
                continue; // people in the loop (coder, biller) or no claim: not a pipeline latency
            }
            straight++;
            List<List<Long>> h = new ArrayList<>(hops.values());
            h.get(0).add(e.at(Kind.CODED) - doc);
            h.get(1).add(e.at(Kind.VERIFIED) - doc);
            h.get(2).add(e.at(Kind.SUBMITTED) - ready);
            h.get(3).add(e.at(Kind.SUBMITTED) - doc);
            h.get(4).add(e.at(Kind.ADJUDICATED) - e.at(Kind.SUBMITTED));
            if (e.at(Kind.BALANCE) > 0) {
                h.get(5).add(e.at(Kind.BALANCE) - e.at(Kind.ADJUDICATED));
            }
            h.get(6).add(settled - doc);
        }
        once &= finalClaims == n && documented == n;
        Map<String, BenchReport.Latency> latency = new LinkedHashMap<>();
        hops.forEach((hop, values) -> latency.put(hop, percentiles(values)));

        double elapsed = firstDoc == Long.MAX_VALUE ? 0 : Math.max(1, lastSettled - firstDoc) / 1000.0;
        double docElapsed = Math.max(1, lastDoc - firstDoc) / 1000.0;
        BenchReport.Throughput throughput = new BenchReport.Throughput(round(n / Math.max(elapsed, 0.001)),
                round(n / docElapsed), round(elapsed), round(driverSeconds));

        Map<String, BenchReport.ProcessFigures> processes = new LinkedHashMap<>();
        cpu.forEach((name, r) -> processes.put(name, new BenchReport.ProcessFigures(round(r.cpuSeconds()),
                round(r.cpuSeconds() * 1000 / n), r.rssBytes() / (1024 * 1024))));
        double totalCpu = cpu.values().stream().mapToDouble(ProcessMeter.Reading::cpuSeconds).sum();
        processes.put("all processes", new BenchReport.ProcessFigures(round(totalCpu), round(totalCpu * 1000 / n),
                cpu.values().stream().mapToLong(ProcessMeter.Reading::rssBytes).sum() / (1024 * 1024)));

        Map<String, Double> ratios = new LinkedHashMap<>();
        ratios.put("settled / plain-Java chain", ratio(throughput.settledPerSecond(), raw.plainChainPerSecond()));
        ratios.put("settled / PostgreSQL single-row commits", ratio(throughput.settledPerSecond(),
                raw.postgresCommitsPerSecond()));
        ratios.put("settled / Kafka one-hop records", ratio(throughput.settledPerSecond(), raw.kafkaHopPerSecond()));

        List<BenchReport.Sample> series = series(firstDoc, docTimes, settleTimes, lagBySecond);
        return new BenchReport(run, throughput, new BenchReport.Counts(n, documented, coded, verified, held, submitted,
                adjudicated, denials, balances, straight, duplicates, finalClaims, once), latency, processes, readySeconds, raw,
                ratios, series, statements, order, faults, responses);
    }

    /** Per second since the first documented event: documented and settled in that second, lag sampled then. */
    private static List<BenchReport.Sample> series(long firstDoc, List<Long> docTimes, List<Long> settleTimes,
            Map<Integer, Map<String, Long>> lagBySecond) {
        if (firstDoc == Long.MAX_VALUE) {
            return List.of();
        }
        int last = Math.max(
                (int) ((settleTimes.stream().mapToLong(Long::longValue).max().orElse(firstDoc) - firstDoc) / 1000),
                lagBySecond.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        int[] docs = new int[last + 1];
        int[] settled = new int[last + 1];
        docTimes.forEach(t -> docs[(int) Math.min(last, Math.max(0, (t - firstDoc) / 1000))]++);
        settleTimes.forEach(t -> settled[(int) Math.min(last, Math.max(0, (t - firstDoc) / 1000))]++);
        List<BenchReport.Sample> out = new ArrayList<>();
        Map<String, Long> lastLag = Map.of();
        for (int s = 0; s <= last; s++) {
            lastLag = lagBySecond.getOrDefault(s, lastLag);
            out.add(new BenchReport.Sample(s, docs[s], settled[s],
                    lastLag.values().stream().mapToLong(Long::longValue).sum(), lastLag));
        }
        return out;
    }

    static BenchReport.Latency percentiles(List<Long> values) {
        if (values.isEmpty()) {
            return new BenchReport.Latency(0, 0, 0, 0, 0);
        }
        long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return new BenchReport.Latency(v.length, at(v, 0.50), at(v, 0.95), at(v, 0.99), v[v.length - 1]);
    }

    /** Nearest-rank percentile. */
    private static long at(long[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(q * sorted.length) - 1)];
    }

    /** Writes bench.json, bench.md and bench.png into dir. */
    public static Path write(BenchReport report, Path dir) throws IOException {
        Files.createDirectories(dir);
        ApiClient.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve("bench.json").toFile(), report);
        Files.writeString(dir.resolve("bench.md"), report.markdown());
        BenchPlot.write(report, dir.resolve("bench.png"));
        return dir;
    }

    private JsonNode claimsSummary(ApiClient api) {
        return api.as(stack.tokens().user("billing-manager")).get(stack.url(ServiceApp.CLAIMS) + "/claims/summary")
                .body();
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static double ratio(double a, double b) {
        return b <= 0 ? 0 : Math.round(a / b * 10_000) / 10_000.0;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
