package io.revcycle.coding.content.scale;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revcycle.coding.content.CodeRow;
import io.revcycle.coding.content.ContentKind;
import io.revcycle.coding.content.ContentLoader;
import io.revcycle.coding.content.ContentSnapshot;
import io.revcycle.coding.content.ContentSnapshots;
import io.revcycle.coding.content.LoadResult;
import io.revcycle.coding.content.MueRow;
import io.revcycle.coding.content.PtpRow;
import io.revcycle.coding.content.ReleaseFiles.Format;
import io.revcycle.coding.content.scale.ContentScaleReport.Engine;
import io.revcycle.coding.content.scale.ContentScaleReport.KindLoad;
import io.revcycle.coding.content.scale.ContentScaleReport.Snapshot;
import io.revcycle.coding.edits.ClaimToCheck;
import io.revcycle.coding.edits.EditsEngine;
import io.revcycle.coding.edits.Finding;
import io.revcycle.coding.edits.Severity;

/**
 * Content at real scale ({@code ./revcycle bench content}): generates full-size synthetic release files, loads
 * each through {@link ContentLoader} (the admin endpoint's path) into PostgreSQL, reads the in-memory snapshot the
 * way {@link ContentSnapshots} does, measures its retained heap and runs the edits engine over it. Everything
 * happens in one transaction that is rolled back, so the database is left as it was (the synthetic releases take
 * effect after any real one and must never stay behind).
 */
@ApplicationScoped
public class ContentScaleBench {

    private static final int WARM_UP_ENCOUNTERS = 50_000;

    private final ContentLoader loader;
    private final ContentSnapshots snapshots;
    private final EntityManager em;

    public ContentScaleBench(ContentLoader loader, ContentSnapshots snapshots, EntityManager em) {
        this.loader = loader;
        this.snapshots = snapshots;
        this.em = em;
    }

    public ContentScaleReport run(double scale, long seed, int encounters) {
        SyntheticContent content = new SyntheticContent(scale);
        String startedAt = Instant.now().toString();
        // a full-size load is minutes of work in one transaction, not the 60 s default; never committed
        QuarkusTransaction.begin(QuarkusTransaction.beginOptions().timeout(3600));
        try {
            List<KindLoad> loads = new ArrayList<>();
            for (ContentKind kind : SyntheticContent.KINDS) {
                loads.add(load(content, kind));
            }
            Snapshot[] snapshot = new Snapshot[1];
            ContentSnapshot read = readSnapshot(snapshot);
            Engine engine = engine(read, content, seed, encounters);
            Reference.reachabilityFence(read);
            return new ContentScaleReport(scale, seed, startedAt, machine(), loads, snapshot[0], engine);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the content snapshot failed", e);
        } finally {
            QuarkusTransaction.rollback();
            snapshots.invalidate(); // the loads' versions are gone: the service reads its content again
        }
    }

    private KindLoad load(SyntheticContent content, ContentKind kind) {
        long t0 = System.nanoTime();
        SyntheticContent.File file = content.generate(kind);
        long t1 = System.nanoTime();
        LoadResult result = loader.load(kind, Format.OFFICIAL, file.release(), file.effective(), file.bytes(),
                ContentLoader.ADMIN);
        long t2 = System.nanoTime();
        String table = kind == ContentKind.NCCI_PTP ? "ncci_ptp_edit" : kind == ContentKind.MUE ? "mue_limit"
                : "content_code";
        long stored = ((Number) em.createNativeQuery("select count(*) from " + table + " where content_version_id = ?1")
                .setParameter(1, result.contentVersionId()).getSingleResult()).longValue();
        return new KindLoad(kind.slug, file.release(), file.fileName(), file.bytes().length, file.rows(),
                result.rows(), result.added(), result.closed(), stored, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
    }

    /**
     * Retained heap = used heap after full GCs with the snapshot held, minus the same before it was read. The
     * rows list the snapshot is built from is garbage by then, so only what the snapshot keeps counts.
     */
    private ContentSnapshot readSnapshot(Snapshot[] out) throws SQLException {
        long latest = ((Number) em.createNativeQuery("select max(id) from content_version").getSingleResult())
                .longValue();
        long stored = ((Number) em.createNativeQuery("select (select count(*) from content_code) "
                + "+ (select count(*) from ncci_ptp_edit) + (select count(*) from mue_limit)").getSingleResult())
                .longValue();
        long before = HeapMeasure.usedAfterGc();
        long t0 = System.nanoTime();
        ContentSnapshot snapshot = snapshots.read(latest);
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        long after = HeapMeasure.usedAfterGc();
        List<String> histogram = HeapMeasure.histogram(List.of(PtpRow.class.getName(), CodeRow.class.getName(),
                CodeRow.Mce.class.getName(), MueRow.class.getName()));
        Reference.reachabilityFence(snapshot);
        out[0] = new Snapshot(snapshot.size(), stored, buildMillis, after - before, HeapMeasure.METHOD, histogram);
        return snapshot;
    }

    private static Engine engine(ContentSnapshot snapshot, SyntheticContent content, long seed, int encounters) {
        EncounterMix mix = new EncounterMix(content);
        check(snapshot, mix.generate(Math.min(encounters, WARM_UP_ENCOUNTERS), seed + 1)); // let the JIT compile
        List<ClaimToCheck> batch = mix.generate(encounters, seed);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Map<Severity, Integer> findings = check(snapshot, batch);
        double seconds = (System.nanoTime() - t0) / 1e9;
        // the thread's own CPU time: what one core does, whatever the neighbours take of the machine
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        return new Engine(encounters, seconds, cpuSeconds, findings.get(Severity.ERROR),
                findings.get(Severity.WARNING));
    }

    private static Map<Severity, Integer> check(ContentSnapshot snapshot, List<ClaimToCheck> batch) {
        Map<Severity, Integer> counts = new EnumMap<>(Map.of(Severity.ERROR, 0, Severity.WARNING, 0));
        for (ClaimToCheck claim : batch) {
            for (Finding f : EditsEngine.check(claim, snapshot)) {
                counts.merge(f.severity(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "Java %s, %d CPU(s), max heap %d MB, load average %.1f when the report "
                + "was written", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1048576, os.getSystemLoadAverage());
    }

    /**
     * Office-visit-like encounters over the synthetic content: 1-4 billable diagnoses, 1-4 lines of synthetic
     * HCPCS codes, and on a third of them a line that is a PTP column 2 of the first line (so edits fire), dates
     * of service across the year the releases take effect (some PTP edits are deleted mid-year).
     */
    static final class EncounterMix {
        private final List<String> diagnoses;
        private final int procedures;
        private final int editsPerColumn1;

        EncounterMix(SyntheticContent content) {
            this.diagnoses = content.billableIcd10Cm();
            this.procedures = content.rows(ContentKind.HCPCS);
            this.editsPerColumn1 = content.ptpEditsPerColumn1();
        }

        List<ClaimToCheck> generate(int count, long seed) {
            Random random = new Random(seed);
            List<ClaimToCheck> claims = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int dxCount = 1 + random.nextInt(4);
                List<String> dx = new ArrayList<>(dxCount);
                for (int d = 0; d < dxCount; d++) {
                    dx.add(diagnoses.get(random.nextInt(diagnoses.size())));
                }
                int lineCount = 1 + random.nextInt(4);
                List<ClaimToCheck.Line> lines = new ArrayList<>(lineCount);
                int first = random.nextInt(procedures);
                for (int l = 0; l < lineCount; l++) {
                    // a column 2 may lie past the HCPCS codes, like the CPT codes of real PTP edits
                    int code = l == 1 && random.nextInt(3) == 0
                            ? SyntheticContent.ptpColumn2(first, random.nextInt(editsPerColumn1))
                            : l == 0 ? first : random.nextInt(procedures);
                    List<String> modifiers = random.nextInt(5) == 0 ? List.of("59") : List.of();
                    lines.add(new ClaimToCheck.Line(l + 1, SyntheticContent.procedureCode(code), modifiers,
                            1 + random.nextInt(3), List.of(1 + random.nextInt(dxCount))));
                }
                LocalDate dos = SyntheticContent.EFFECTIVE.plusDays(random.nextInt(365));
                claims.add(new ClaimToCheck(dos, random.nextBoolean() ? "F" : "M", random.nextInt(90), "11", dx,
                        lines));
            }
            return claims;
        }
    }
}
