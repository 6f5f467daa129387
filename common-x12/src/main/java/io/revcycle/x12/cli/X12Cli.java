package io.revcycle.x12.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import io.revcycle.x12.ControlNumbers;
import io.revcycle.x12.X12Document;
import io.revcycle.x12.X12Validator;
import io.revcycle.x12.ack.AckGenerator;
import io.revcycle.x12.bench.ParseBenchmark;
import io.revcycle.x12.model.Delimiters;
import io.revcycle.x12.model.FunctionalGroup;
import io.revcycle.x12.model.Interchange;
import io.revcycle.x12.model.Loop;
import io.revcycle.x12.model.Segment;
import io.revcycle.x12.model.TransactionSet;
import io.revcycle.x12.model.X12Node;
import io.revcycle.x12.validate.Finding;
import io.revcycle.x12.validate.Severity;

/**
 * {@code revcycle x12 validate FILE... | ack FILE | show FILE | bench [MB] [ST01-guide...]}.
 *
 * <ul>
 * <li>validate: the findings of each file (all SNIP levels); exit 1 when any file has an error, 0 otherwise.</li>
 * <li>ack: the 999 acknowledgments of a received file on standard output.</li>
 * <li>show: an outline of envelopes, transaction sets and loops with their segments.</li>
 * <li>bench: the parse benchmark (StAEDI raw scan against typed read).</li>
 * </ul>
 * Exit 2 for a usage error or an unreadable file.
 */
public final class X12Cli {

    public static final String USAGE =
            "usage: revcycle x12 validate FILE... | ack FILE | show FILE | bench [MB] [ST01-guide...]";

    private X12Cli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "validate" -> validate(rest, out, err);
                case "ack" -> ack(rest, out, err);
                case "show" -> show(rest, out, err);
                case "bench" -> {
                    ParseBenchmark.main(rest, out);
                    yield 0;
                }
                case "help", "-h", "--help" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> {
                    err.println("unknown x12 command: " + args[0]);
                    err.println(USAGE);
                    yield 2;
                }
            };
        } catch (IOException e) {
            err.println("cannot read: " + e.getMessage());
            return 2;
        }
    }

    static int validate(String[] files, PrintStream out, PrintStream err) throws IOException {
        if (files.length == 0) {
            err.println(USAGE);
            return 2;
        }
        boolean errors = false;
        for (String f : files) {
            X12Validator.Report r = X12Validator.validate(Files.readAllBytes(Path.of(f)));
            long e = r.findings().stream().filter(x -> x.severity() == Severity.ERROR).count();
            long w = r.findings().size() - e;
            long sets = r.document().interchanges().stream().flatMap(i -> i.groups().stream())
                    .mapToLong(g -> g.transactions().size()).sum();
            out.printf("%s: %d transaction set(s), %d error(s), %d warning(s)%n", f, sets, e, w);
            for (Finding x : r.findings()) {
                out.println("  " + x);
            }
            errors |= e > 0;
        }
        return errors ? 1 : 0;
    }

    static int ack(String[] files, PrintStream out, PrintStream err) throws IOException {
        if (files.length != 1) {
            err.println(USAGE);
            return 2;
        }
        byte[] ack = AckGenerator.acknowledge(Files.readAllBytes(Path.of(files[0])), ControlNumbers.startingAt(1),
                Delimiters.DEFAULT, LocalDateTime.now().withSecond(0).withNano(0));
        out.print(new String(ack, StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }

    static int show(String[] files, PrintStream out, PrintStream err) throws IOException {
        if (files.length != 1) {
            err.println(USAGE);
            return 2;
        }
        X12Document doc = io.revcycle.x12.X12Reader.read(Files.readAllBytes(Path.of(files[0])));
        Delimiters d = doc.delimiters();
        if (d != null) {
            out.printf("delimiters: segment %s element %s component %s repetition %s%n", show(d.segment()),
                    show(d.element()), show(d.component()), show(d.repetition()));
        }
        for (Interchange i : doc.interchanges()) {
            out.printf("ISA %s  %s:%s -> %s:%s  %s %s  usage %s%n", i.controlNumber(), i.senderQualifier(),
                    i.senderId(), i.receiverQualifier(), i.receiverId(), i.date(), i.time(), i.usage());
            for (FunctionalGroup g : i.groups()) {
                out.printf("  GS %s  %s  %s -> %s  %s%n", g.controlNumber(), g.functionalId(), g.senderCode(),
                        g.receiverCode(), g.version());
                for (TransactionSet t : g.transactions()) {
                    out.printf("    ST %s %s %s%n", t.id(), t.controlNumber(),
                            t.implementationReference() == null ? "" : t.implementationReference());
                    outline(t.body(), "      ", out);
                }
            }
        }
        List<Finding> findings = doc.findings();
        if (!findings.isEmpty()) {
            out.println("reader findings:");
            findings.forEach(f -> out.println("  " + f));
        }
        return 0;
    }

    private static void outline(Loop loop, String indent, PrintStream out) {
        for (X12Node n : loop.children()) {
            if (n instanceof Segment s) {
                out.println(indent + s.position() + "  " + s);
            } else if (n instanceof Loop l) {
                out.println(indent + "loop " + l.id());
                outline(l, indent + "  ", out);
            }
        }
    }

    private static String show(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> "'" + c + "'";
        };
    }
}
