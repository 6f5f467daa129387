package io.revcycle.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import io.revcycle.stack.bench.BenchReport;
import io.revcycle.stack.bench.PipelineBench;
import io.revcycle.stack.demo.ApiClient;
import io.revcycle.stack.demo.DemoDriver;
import io.revcycle.stack.demo.DemoSummary;
import io.revcycle.stack.demo.Progress;
import io.revcycle.stack.demo.SyntheticEncounters;

/**
 * {@code ./revcycle demo [--encounters N] [--seed S] [--json]} runs the whole revenue cycle on the embedded stack and
 * stops it; {@code ./revcycle up} keeps the stack running until Ctrl-C; {@code ./revcycle x12 validate|ack|show|bench}
 * runs the X12 toolkit of common-x12 (no stack needed).
 */
public final class RevCycleCli {

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "help" : args[0];
        List<String> rest = List.of(args).subList(Math.min(1, args.length), args.length);
        switch (command) {
            case "demo" -> System.exit(demo(rest));
            case "up" -> up();
            case "bench" -> System.exit(bench(rest));
            case "bench-content" -> System.exit(benchContent(rest));
            case "token" -> System.exit(token(rest));
            case "x12" -> System.exit(io.revcycle.x12.cli.X12Cli.run(rest.toArray(String[]::new), System.out,
                    System.err));
            default -> {
                System.err.println("usage: ./revcycle demo [--encounters N] [--seed S] [--json] | ./revcycle up"
                        + " | ./revcycle bench [--encounters N] [--rate R] [--seed S] [--warmup N] [--out DIR] [--set P=V]... [--jfr]"
                        + " [--instances MODULE=N,...]"
                        + " | ./revcycle token USER|--integration [--url KEYCLOAK]"
                        + " | ./revcycle x12 validate FILE... | ack FILE | show FILE | bench [MB] [ST01-guide...]");
                System.exit(command.equals("help") ? 0 : 2);
            }
        }
    }

    static int demo(List<String> args) throws Exception {
        int encounters = Integer.parseInt(option(args, "--encounters", "300"));
        long seed = Long.parseLong(option(args, "--seed", "20261127"));
        boolean json = args.contains("--json");
        Progress progress = new Progress(System.err, true);
        Path work = workDir();
        DemoSummary summary;
        // a one-off run: archives an earlier `up` or bench recorded speed its start, recording one would slow it
        try (LocalStack stack = LocalStack.start(LocalStack.Options.freePorts(work)
                .withClassArchives(LocalStack.ClassArchives.USE_EXISTING).withConsole(true),
                progress::message)) {
            progress.message("stack up; logs in " + work.resolve("logs"));
            progress.message("console: " + stack.consoleUrl() + " (log in as a demo user, e.g. coder / coder-demo;"
                    + " open while the demo runs)");
            summary = new DemoDriver(stack::url, stack.tokens(), progress, stack.mllpPort(), stack.adtMllpPort()).run(SyntheticEncounters.generate(encounters, seed), seed,
                    Duration.ofMinutes(15), stack.ediDir());
            progress.message("stopping the stack");
        }
        if (json) {
            System.out.println(ApiClient.JSON.writeValueAsString(summary));
        } else {
            print(summary);
        }
        return summary.allFinal() ? 0 : 1;
    }

    /**
     * {@code ./revcycle bench [pipeline] [--encounters N] [--rate PER_SECOND] [--seed S] [--out DIR]
     * [--set PROPERTY=VALUE]... [--jfr] [--jit tiered|quick-start] [--warmup N] [--instances MODULE=N,...]}: the
     * pipeline benchmark on a fresh
     * embedded stack, measured after N (default 300) other encounters have warmed the services up
     * (--set: a property given to every service; --jfr: each service records a flight recording into the logs
     * folder; --jit: the services' compilers, default quick-start = C1 only; --instances: replicas of services in
     * one consumer group, with --set revcycle.messaging.topics.partitions=P for the topics' partitions); JSON,
     * Markdown and PNG go to DIR
     * (default the run folder's bench/).
     */
    static int bench(List<String> args) throws Exception {
        // a mistyped option must not start a twenty-minute run
        requireKnown(args, Set.of("--encounters", "--rate", "--seed", "--out", "--set", "--restart-timing", "--jit",
                "--class-archives", "--warmup", "--instances"), Set.of("pipeline", "--jfr"));
        int encounters = Integer.parseInt(option(args, "--encounters", "20000"));
        // the steady state is what a month-end peak meets; --warmup 0 shows the cold services' first minutes
        int warmup = Integer.parseInt(option(args, "--warmup", "300"));
        double rate = Double.parseDouble(option(args, "--rate", "0"));
        long seed = Long.parseLong(option(args, "--seed", "20261206"));
        Progress progress = new Progress(System.err, true);
        Path work = workDir();
        Path out = Path.of(option(args, "--out", work.resolve("bench").toString()));
        BenchReport report;
        Map<String, String> settings = new java.util.TreeMap<>();
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("--set")) { // a service property, e.g. revcycle.claims.batch.max-wait=500ms
                String[] kv = args.get(i + 1).split("=", 2);
                settings.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        boolean jfr = args.contains("--jfr");
        // C1 only by default: measured here (docs/performance.md), C2's compilations cost more CPU than they save in
        // a run of a few minutes on two shared cores; --jit tiered compiles as the images do in a cluster
        LocalStack.Jit jit = option(args, "--jit", "quick-start").equalsIgnoreCase("tiered") ? LocalStack.Jit.TIERED
                : LocalStack.Jit.QUICK_START;
        // --class-archives off: the services load every class from their jars, for before/after figures. A flight
        // recording turns them off too: Java 17 crashed (SIGSEGV in check_shared_class_file_load_hook) when JFR ran
        // on a service mapping its archive.
        LocalStack.ClassArchives archives = jfr || option(args, "--class-archives", "on").equalsIgnoreCase("off")
                ? LocalStack.ClassArchives.OFF : LocalStack.ClassArchives.RECORD;
        try (LocalStack stack = LocalStack.start(LocalStack.Options.freePorts(work).withServiceProperties(settings)
                .withProfiling(jfr).withJit(jit).withClassArchives(archives)
                .withInstances(instances(option(args, "--instances", ""))), progress::message)) {
            progress.message("stack up; logs in " + work.resolve("logs"));
            report = new PipelineBench(stack, progress).run(new PipelineBench.Options(encounters, rate, seed,
                    Duration.ofHours(2), settings, timedRestarts(option(args, "--restart-timing", "all")), warmup));
            progress.message("stopping the stack");
        }
        PipelineBench.write(report, out);
        System.out.println(report.markdown());
        System.out.println("report: " + out.resolve("bench.json") + ", " + out.resolve("bench.md") + ", "
                + out.resolve("bench.png"));
        return report.counts().settledOnce() ? 0 : 1;
    }

    /** --instances MODULE=N,MODULE=N: services run as N processes in one consumer group (scale-out). */
    private static Map<ServiceApp, Integer> instances(String value) {
        Map<ServiceApp, Integer> counts = new java.util.EnumMap<>(ServiceApp.class);
        for (String pair : value.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] kv = pair.trim().split("=", 2);
            counts.put(service(kv[0]), kv.length > 1 ? Integer.parseInt(kv[1]) : 2);
        }
        return counts;
    }

    private static ServiceApp service(String module) {
        return java.util.Arrays.stream(ServiceApp.values()).filter(a -> a.module.equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + module));
    }

    /** --restart-timing all|none|MODULE,MODULE: which services the bench restarts alone to time their start-up. */
    private static List<ServiceApp> timedRestarts(String value) {
        if (value.equals("all")) {
            return List.of(ServiceApp.values());
        }
        if (value.equals("none")) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(",")).map(String::trim).map(RevCycleCli::service).toList();
    }

    /**
     * {@code ./revcycle bench content [--scale 1.0] [--encounters N] [--seed S] [--out DIR]}: full-size synthetic
     * code content through coding-service's loaders, its snapshot's heap and the edits engine (ContentBench).
     */
    static int benchContent(List<String> args) throws Exception {
        Path work = workDir();
        Path out = Path.of(option(args, "--out", work.resolve("bench-content").toString()));
        Progress progress = new Progress(System.err, true);
        String markdown = io.revcycle.stack.bench.ContentBench.run(new io.revcycle.stack.bench.ContentBench.Options(
                Double.parseDouble(option(args, "--scale", "1.0")), Long.parseLong(option(args, "--seed", "20261206")),
                Integer.parseInt(option(args, "--encounters", "200000")), out, work), progress::message);
        System.out.println(markdown);
        System.out.println("report: " + out.resolve("content-bench.json") + ", " + out.resolve("content-bench.md"));
        return 0;
    }

    static void up() throws Exception {
        Progress progress = new Progress(System.err, true);
        Path work = workDir();
        try (LocalStack stack = LocalStack.start(LocalStack.Options.defaults(work)
                .withClassArchives(LocalStack.ClassArchives.RECORD),
                progress::message)) {
            System.out.println("RevCycle is up (Ctrl-C stops everything):");
            System.out.printf("  %-24s %s  (log in as a demo user below, e.g. coder / coder-demo)%n", "console",
                    stack.consoleUrl());
            for (ServiceApp app : ServiceApp.values()) {
                System.out.printf("  %-24s %s  (swagger: %s/q/swagger-ui)%n", app.module, stack.url(app), stack.url(app));
            }
            System.out.println("  kafka                    " + stack.bootstrapServers());
            System.out.println("  apicurio registry        " + stack.registryUrl());
            System.out.println("  keycloak (realm)         " + stack.keycloak().realmUrl());
            System.out.println("  logs                     " + work.resolve("logs"));
            System.out.println("  X12 files                " + stack.ediDir() + "  (to-payer/: 837s sent, from-payer/:"
                    + " 999/277CA/835 answers, inbox/: drop 835/999/277CA files here)");
            System.out.println();
            System.out.println("Every API wants a bearer token of the revcycle realm. Demo users, one per role"
                    + " (password: <user>-demo): " + String.join(", ", DEMO_USERS) + ".");
            System.out.println("  TOKEN=$(./revcycle token coder)");
            System.out.println("  curl -H \"Authorization: Bearer $TOKEN\" " + stack.url(ServiceApp.CODING)
                    + "/worklist");
            System.out.println("or straight from Keycloak: curl -s -d grant_type=password -d client_id="
                    + OidcTokens.CLI_CLIENT + " -d username=coder -d password=coder-demo "
                    + stack.keycloak().tokenUrl() + "  (the access_token field); the integration service account:"
                    + " ./revcycle token --integration");
            // Ctrl-C: the JVM will not wait for this thread, so the hook itself stops the stack
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stack-stop"));
            new CountDownLatch(1).await();
        }
    }

    /** The realm's demo users, one per role (deploy/keycloak/realm/revcycle-realm.json). */
    static final List<String> DEMO_USERS = List.of("coder", "coding-auditor", "coding-manager", "cdi-specialist", "physician",
            "registration", "biller", "denial-specialist", "patient-accounts", "billing-manager", "content-admin",
            "auditor");

    /** {@code ./revcycle token USER|--integration [--url KEYCLOAK]}: prints an access token of a running stack. */
    static int token(List<String> args) {
        String base = option(args, "--url", "http://127.0.0.1:8180");
        OidcTokens tokens = new OidcTokens(base + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/token");
        String user = args.stream().filter(a -> !a.startsWith("--") && !a.equals(base)).findFirst().orElse(null);
        if (!args.contains("--integration") && user == null) {
            System.err.println("usage: ./revcycle token USER|--integration [--url http://127.0.0.1:8180]; users: "
                    + String.join(", ", DEMO_USERS));
            return 2;
        }
        try {
            System.out.println(args.contains("--integration") ? tokens.integration().get() : tokens.user(user).get());
            return 0;
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }

    private static void print(DemoSummary s) {
        System.out.println();
        System.out.println("RevCycle demo: " + s.encounters() + " synthetic encounters (seed " + s.seed() + ")");
        System.out.printf("  documented              %6d   (%d as FHIR R4 bundles, %d as HL7 v2 DFT^P03 over MLLP)%n",
                s.documented(), s.documentedAsFhir(), s.documentedAsHl7());
        System.out.printf("  registered              %6d   (%d as HL7 v2 ADT^A04 over MLLP, their benefits unknown"
                + " until verified)%n", s.encounters(), s.registeredAsHl7());
        System.out.printf("  coded automatically     %6d%n", s.codedAutomatically());
        System.out.printf("  inpatient stays         %6d   (%d billed on an 837I, type of bill 0111; %s with their "
                + "ICD-10-PCS procedures in HI BBR/BBQ)%n", s.inpatientStays(), s.inpatientClaimsOn837I(),
                s.inpatientProceduresOn837I() < 0 ? "not read" : String.valueOf(s.inpatientProceduresOn837I()));
        System.out.printf("  coded by a coder        %6d%n", s.codedByCoder());
        System.out.printf("  claims submitted        %6d%n", s.claimsSubmitted());
        System.out.printf("  claims held             %6d   (coverage inactive)%n", s.claimsHeld());
        System.out.printf("  claims adjudicated      %6d   %s%n", s.claimsAdjudicated(), s.claimsByStatus());
        System.out.printf("  claims corrected        %6d   (payer rejected the member id in its 277CA; re-sent)%n",
                s.claimsCorrected());
        System.out.printf("  X12 files exchanged     %6d   %s%n",
                s.ediFiles().values().stream().mapToInt(Integer::intValue).sum(), s.ediFiles());
        System.out.printf("  billed                  %12s%n", s.billed());
        System.out.printf("  paid by payers          %12s%n", s.paid());
        System.out.printf("  denied                  %12s%n", s.denied());
        System.out.printf("  patient responsibility  %12s   across %d accounts (balance %s)%n",
                s.patientResponsibility(), s.patientAccounts(), s.patientBalance());
        System.out.printf("  elapsed                 %9.2f s   (%.1f encounters/s)%n", s.elapsedSeconds(),
                s.encountersPerSecond());
        if (s.ediFolder() != null) {
            System.out.println("  X12 files in            " + s.ediFolder() + "  (open one with ./revcycle x12 show FILE)");
        }
        System.out.println(s.allFinal() ? "  every encounter reached a final state"
                : "  NOT every encounter reached a final state");
    }

    /** Every argument is a known flag, a known option or the value after one. */
    private static void requireKnown(List<String> args, Set<String> options, Set<String> flags) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (options.contains(a)) {
                i++;
            } else if (!flags.contains(a)) {
                throw new IllegalArgumentException("unknown argument " + a + " (options: " + new java.util.TreeSet<>(
                        options) + ", flags: " + new java.util.TreeSet<>(flags) + ")");
            }
        }
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
    }

    private static Path workDir() throws Exception {
        Path dir = ProjectLayout.root().resolve(".revcycle")
                .resolve("run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(dir);
        return dir;
    }
}
