package io.revcycle.x12.bench;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.Envelope;
import io.revcycle.x12.TransactionCatalog;
import io.revcycle.x12.TypedResult;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.ack.Ack999;
import io.revcycle.x12.ack.Ack999.ElementError;
import io.revcycle.x12.ack.Ack999.GroupAckCode;
import io.revcycle.x12.ack.Ack999.GroupResponse;
import io.revcycle.x12.ack.Ack999.SegmentError;
import io.revcycle.x12.ack.Ack999.TransactionAckCode;
import io.revcycle.x12.ack.Ack999.TransactionResponse;
import io.revcycle.x12.ack.Ack999.TransactionStatus;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.spi.TransactionSupport;
import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamReader;

/**
 * Parse throughput in MB/s: (a) a raw StAEDI event scan (no transaction schema, nothing built), (b) a StAEDI scan
 * validating with the guide's schema (nothing built), (c) the typed read of {@link X12Toolkit#readTyped} (schema
 * validation, loop tree, typed records, SNIP 3/4 rules); the ratio typed/raw, and typed/validated (what the toolkit
 * adds on top of StAEDI's own validation).
 *
 * <p>
 * The input is N MB (default 4) per transaction set, written with the typed writer: 837P and 835 from the typed
 * records of the public samples in {@code <root>/../shared/samples/x12} (when present, repeated with new control
 * numbers), and always 999s built here. Run with {@code ./revcycle x12 bench [MB]}.
 */
public final class ParseBenchmark {

    private ParseBenchmark() {
    }

    public static void main(String[] args) {
        main(args, System.out);
    }

    public static void main(String[] args, PrintStream out) {
        double mb = args.length > 0 ? Double.parseDouble(args[0]) : 4;
        Path samples = samples();
        out.printf("x12 parse benchmark, %.1f MB per transaction set, %d processors, java %s%n", mb,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        out.printf("%-22s %7s %10s %14s %12s %12s %16s%n", "guide", "MB", "raw MB/s", "validated MB/s",
                "typed MB/s", "typed/raw", "typed/validated");
        for (String[] c : new String[][] { { "837", "005010X222A1", "lfh__837_005010X222A2_demo.example1.837" },
                { "835", "005010X221A1", "lfh__835_005010X221A1_managed-care.835" } }) {
            Optional<TransactionSupport<?>> s = TransactionCatalog.find(c[0], c[1]);
            if (s.isEmpty() || samples == null || !Files.exists(samples.resolve(c[2]))) {
                out.printf("%-22s skipped (no support or no sample %s)%n", c[0] + " " + c[1], c[2]);
                continue;
            }
            try {
                run(out, s.get(), corpus(s.get(), Files.readAllBytes(samples.resolve(c[2])), mb));
            } catch (Exception e) {
                out.printf("%-22s failed: %s%n", c[0] + " " + c[1], e);
            }
        }
        run(out, TransactionCatalog.of(Ack999.class), ackCorpus(mb));
    }

    private static Path samples() {
        String root = System.getProperty("revcycle.root", ".");
        for (Path p = Path.of(root).toAbsolutePath(); p != null; p = p.getParent()) {
            Path s = p.resolve("../shared/samples/x12").normalize();
            if (Files.isDirectory(s)) {
                return s;
            }
        }
        return null;
    }

    private static <T> byte[] corpus(TransactionSupport<T> support, byte[] sample, double mb) {
        TypedResult<T> r = X12Toolkit.readTyped(sample, support.type());
        if (r.values().isEmpty()) {
            throw new IllegalStateException("the sample has no typed " + support.type().getSimpleName());
        }
        return repeat(support, r.values(), mb);
    }

    private static <T> byte[] repeat(TransactionSupport<T> support, List<T> seed, double mb) {
        byte[] one = X12Toolkit.writeTyped(support, seed, envelope(), ControlNumbers.startingAt(1),
                Delimiters.DEFAULT);
        int copies = (int) Math.max(1, Math.ceil(mb * 1024 * 1024 / one.length * seed.size()));
        List<T> values = new ArrayList<>(copies);
        for (int i = 0; i < copies; i++) {
            values.add(seed.get(i % seed.size()));
        }
        return X12Toolkit.writeTyped(support, values, envelope(), ControlNumbers.startingAt(1), Delimiters.DEFAULT);
    }

    private static Envelope envelope() {
        return Envelope.of("SUBMITTER", "RECEIVER").withCreated(LocalDateTime.of(2025, 1, 1, 12, 0));
    }

    private static byte[] ackCorpus(double mb) {
        List<TransactionResponse> responses = new ArrayList<>();
        for (int t = 1; t <= 20; t++) {
            List<SegmentError> errors = t % 4 == 0 ? List.of(new SegmentError("CLM", 20 + t, "2300", "8", List.of(),
                    List.of(new ElementError(2, 0, 0, "782", "1", null, List.of())))) : List.of();
            responses.add(new TransactionResponse("837", String.format("%04d", t), "005010X222A1", errors,
                    new TransactionStatus(t % 4 == 0 ? TransactionAckCode.R : TransactionAckCode.A,
                            t % 4 == 0 ? List.of("5") : List.of())));
        }
        Ack999 ack = new Ack999("HC", "1", "005010X222A1", responses, new GroupResponse(GroupAckCode.P, 20, 20, 15,
                List.of()));
        return repeat(TransactionCatalog.of(Ack999.class), List.of(ack), mb);
    }

    private static <T> void run(PrintStream out, TransactionSupport<T> support, byte[] data) {
        double size = data.length / (1024.0 * 1024.0);
        io.xlate.edi.schema.Schema schema = io.revcycle.x12.read.SchemaCache.get(support.schemaResource());
        for (int i = 0; i < 2; i++) {
            raw(data);
            validated(data, schema);
            X12Toolkit.readTyped(data, support.type());
        }
        long rawNanos = Long.MAX_VALUE;
        long validatedNanos = Long.MAX_VALUE;
        long typedNanos = Long.MAX_VALUE;
        int values = 0;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            raw(data);
            long t1 = System.nanoTime();
            validated(data, schema);
            long t2 = System.nanoTime();
            values = X12Toolkit.readTyped(data, support.type()).values().size();
            long t3 = System.nanoTime();
            rawNanos = Math.min(rawNanos, t1 - t0);
            validatedNanos = Math.min(validatedNanos, t2 - t1);
            typedNanos = Math.min(typedNanos, t3 - t2);
        }
        double raw = size / (rawNanos / 1e9);
        double validated = size / (validatedNanos / 1e9);
        double typed = size / (typedNanos / 1e9);
        out.printf("%-22s %7.2f %10.1f %14.1f %12.1f %12.2f %16.2f   (%d typed records)%n",
                support.transactionSetId() + " " + support.implementationReference(), size, raw, validated, typed,
                typed / raw, typed / validated, values);
    }

    /** Every StAEDI event of the input, validating each transaction set with {@code schema}. */
    static long validated(byte[] data, io.xlate.edi.schema.Schema schema) {
        long events = 0;
        try (EDIStreamReader r = EDIInputFactory.newFactory().createEDIStreamReader(new ByteArrayInputStream(data))) {
            while (r.hasNext()) {
                if (r.next() == io.xlate.edi.stream.EDIStreamEvent.END_SEGMENT
                        && "ST".equals(r.getLocation().getSegmentTag())) {
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
        try (EDIStreamReader r = EDIInputFactory.newFactory().createEDIStreamReader(new ByteArrayInputStream(data))) {
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
