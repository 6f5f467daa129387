package io.revcycle.x12.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.TransactionCatalog;
import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Reader;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.read.ByteInput;
import io.revcycle.x12.read.SchemaCache;
import io.revcycle.x12.spi.TransactionSupport;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * Parse throughput in MB/s per guide, on the same bytes: (a) StAEDI's raw event scan (no transaction schema, nothing
 * built), (b) a StAEDI scan validating each transaction set with the guide's schema (nothing built), (c) the typed
 * read {@link X12Toolkit#readTyped} (envelopes, loop tree, guide validation on the fast path, typed records, SNIP 3/4
 * rules); the ratio typed/raw.
 *
 * <p>
 * The input is N MB (default 1) per guide: the guide's example transaction set in
 * {@code /io/revcycle/x12/examples} (its larger {@code .generated} example when there is one) read into its typed
 * record and written again with new control numbers until N MB. Each measure is warmed up (five runs and at least
 * 2 s), then the median of fifteen runs is reported, raw and typed runs alternating (three for the validated scan);
 * the ratio is the median of the fifteen rounds' ratios, with its quartiles. The StAEDI scans read the same
 * unsynchronized stream as the reader ({@link ByteInput}). Run with
 * {@code ./revcycle x12 bench [MB] [ST01-guide...]}.
 */
public final class ParseBenchmark {

    private static final int WARM_UP = 5;
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final int RUNS = 15;

    private ParseBenchmark() {
    }

    public static void main(String[] args) {
        main(args, System.out);
    }

    public static void main(String[] args, PrintStream out) {
        double mb = args.length > 0 ? Double.parseDouble(args[0]) : 1;
        List<String> only = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of();
        out.printf("x12 parse benchmark, %.1f MB per guide, %d processors, java %s, median of %d runs%n", mb,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), RUNS);
        out.printf("%-19s %6s %9s %15s %11s %10s %11s %10s%n", "guide", "MB", "raw MB/s", "validated MB/s",
                "typed MB/s", "typed/raw", "(quartiles)", "fast path");
        for (TransactionSupport<?> s : TransactionCatalog.all()) {
            String name = s.transactionSetId() + "-" + s.implementationReference();
            if (!only.isEmpty() && !only.contains(name) && !only.contains(s.transactionSetId())) {
                continue;
            }
            try {
                run(out, name, s, corpus(s, example(name), mb));
            } catch (RuntimeException e) {
                out.printf("%-19s failed: %s%n", name, e);
            }
        }
    }

    static byte[] example(String name) {
        for (String file : List.of(name + ".generated.x12", name + ".x12")) {
            try (InputStream in = ParseBenchmark.class.getResourceAsStream("/io/revcycle/x12/examples/" + file)) {
                if (in != null) {
                    return in.readAllBytes();
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no example for " + name);
    }

    static <T> byte[] corpus(TransactionSupport<T> support, byte[] example, double mb) {
        TypedResult<T> r = X12Toolkit.readTyped(example, support.type());
        if (r.values().isEmpty() || !r.findings().isEmpty()) {
            throw new IllegalStateException("the example does not read cleanly: " + r.findings());
        }
        byte[] one = write(support, r.values());
        int copies = (int) Math.max(1, Math.ceil(mb * 1024 * 1024 / one.length));
        List<T> values = new ArrayList<>(copies);
        for (int i = 0; i < copies; i++) {
            values.add(r.values().get(0));
        }
        return write(support, values);
    }

    private static <T> byte[] write(TransactionSupport<T> support, List<T> values) {
        return X12Toolkit.writeTyped(support, values, Envelope.of("SUBMITTER", "RECEIVER")
                .withCreated(LocalDateTime.of(2025, 1, 1, 12, 0)), ControlNumbers.startingAt(1), Delimiters.DEFAULT);
    }

    private static <T> void run(PrintStream out, String name, TransactionSupport<T> support, byte[] data) {
        double size = data.length / (1024.0 * 1024.0);
        Schema schema = SchemaCache.get(support.schemaResource());
        double validated = size / median(measure(List.of(() -> validated(data, schema)), 3)[0]);
        // raw and typed alternate, so that both meet the same machine state (JIT, GC, other load); the ratio is
        // taken per round, which keeps a slow phase of the machine from skewing it
        long[][] nanos = measure(List.of(() -> raw(data),
                () -> (long) X12Toolkit.readTyped(data, support.type()).values().size()), RUNS);
        double[] ratios = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            ratios[i] = (double) nanos[0][i] / nanos[1][i];
        }
        Arrays.sort(ratios);
        double raw = size / median(nanos[0]);
        double typed = size / median(nanos[1]);
        boolean fast = X12Reader.readFast(data).isPresent();
        out.printf("%-19s %6.2f %9.1f %15.1f %11.1f %10.2f %11s %10s%n", name, size, raw, validated, typed,
                ratios[RUNS / 2], String.format("%.2f-%.2f", ratios[RUNS / 4], ratios[RUNS - 1 - RUNS / 4]),
                fast ? "yes" : "no");
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e9;
    }

    /**
     * Nanoseconds of each run of each work, {@code runs} rounds (the works alternate in each round) after at least
     * {@link #WARM_UP} unmeasured rounds and 2 s.
     */
    private static long[][] measure(List<Supplier<Long>> works, int runs) {
        long sink = 0;
        long start = System.nanoTime();
        for (int i = 0; i < WARM_UP || System.nanoTime() - start < WARM_UP_NANOS; i++) {
            for (Supplier<Long> w : works) {
                sink += w.get();
            }
        }
        long[][] nanos = new long[works.size()][runs];
        for (int i = 0; i < runs; i++) {
            for (int k = 0; k < works.size(); k++) {
                long t0 = System.nanoTime();
                sink += works.get(k).get();
                nanos[k][i] = System.nanoTime() - t0;
            }
        }
        if (sink == Long.MIN_VALUE) {
            throw new IllegalStateException(); // keeps the work observable
        }
        return nanos;
    }

    /** Every StAEDI event of the input, validating each transaction set with {@code schema}. */
    static long validated(byte[] data, Schema schema) {
        long events = 0;
        try (EDIStreamReader r = EDIInputFactory.newFactory().createEDIStreamReader(new ByteInput(data, 0))) {
            while (r.hasNext()) {
                if (r.next() == EDIStreamEvent.END_SEGMENT && "ST".equals(r.getLocation().getSegmentTag())) {
                    r.setTransactionSchema(schema);
                }
                events++;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return events;
    }

    /** Every StAEDI event of the input, without a transaction schema. */
    static long raw(byte[] data) {
        long events = 0;
        try (EDIStreamReader r = EDIInputFactory.newFactory().createEDIStreamReader(new ByteInput(data, 0))) {
            while (r.hasNext()) {
                r.next();
                events++;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return events;
    }
}
