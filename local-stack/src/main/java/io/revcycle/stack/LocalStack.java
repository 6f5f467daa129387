package io.revcycle.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The whole platform on 127.0.0.1: PostgreSQL (one database per service), a Kafka broker process, the Apicurio
 * registry, Keycloak (the realm every service trusts) and the six Quarkus apps (or those {@link Options#withServices}
 * names), each a separate process, and the console when asked for. Closing it stops everything it started.
 */
public final class LocalStack implements AutoCloseable {

    /**
     * serviceProperties: system properties every service process gets (e.g. where to export traces, a benchmark's
     * batch window); profile: each service records a Java Flight Recording into the logs folder
     * ({@code <module>.jfr}, written when it stops); jit: how the service JVMs compile.
     */
    public record Options(Path workDir, boolean defaultPorts, int kafkaPort, int postgresPort, int registryPort,
            int keycloakPort, Map<String, String> serviceProperties, boolean profile, Jit jit,
            ClassArchives classArchives, Map<ServiceApp, Integer> instances, Set<ServiceApp> apps,
            boolean console) {
        public Options(Path workDir, boolean defaultPorts, int kafkaPort, int postgresPort, int registryPort,
                int keycloakPort, Map<String, String> serviceProperties, boolean profile, Jit jit,
                ClassArchives classArchives) {
            this(workDir, defaultPorts, kafkaPort, postgresPort, registryPort, keycloakPort, serviceProperties,
                    profile, jit, classArchives, Map.of(), EnumSet.allOf(ServiceApp.class), false);
        }

        /** {@code ./revcycle up}: every service and the console on their fixed ports. */
        public static Options defaults(Path workDir) {
            return new Options(workDir, true, 9092, 15432, 8090, 8180, Map.of(), false, Jit.QUICK_START,
                    ClassArchives.OFF, Map.of(), EnumSet.allOf(ServiceApp.class), true);
        }

        /** Every service on free ports, without the console (tests and the bench use the APIs). */
        public static Options freePorts(Path workDir) {
            return new Options(workDir, false, 0, 0, 0, 0, Map.of(), false, Jit.QUICK_START,
                    ClassArchives.OFF, Map.of(), EnumSet.allOf(ServiceApp.class), false);
        }

        public Options withServiceProperties(Map<String, String> properties) {
            return new Options(workDir, defaultPorts, kafkaPort, postgresPort, registryPort, keycloakPort,
                    Map.copyOf(properties), profile, jit, classArchives, instances, apps, console);
        }

        public Options withProfiling(boolean on) {
            return new Options(workDir, defaultPorts, kafkaPort, postgresPort, registryPort, keycloakPort,
                    serviceProperties, on, jit, classArchives, instances, apps, console);
        }

        public Options withJit(Jit how) {
            return new Options(workDir, defaultPorts, kafkaPort, postgresPort, registryPort, keycloakPort,
                    serviceProperties, profile, how, classArchives, instances, apps, console);
        }

        /** Whether services start from class-data archives, and record them ({@link ServiceRuntime}). */
        public Options withClassArchives(ClassArchives on) {
            return new Options(workDir, defaultPorts, kafkaPort, postgresPort, registryPort, keycloakPort,
                    serviceProperties, profile, jit, on, instances, apps, console);
        }

        /**
         * How many processes of a service run (default one each): the extra ones are replicas as a Deployment's
         * pods are, with the same database and consumer groups, each on its own HTTP port (the stack's URL of the
         * service stays the first one's). Only the first watches the shared inbound EDI folder.
         */
        public Options withInstances(Map<ServiceApp, Integer> counts) {
            counts.forEach((app, n) -> {
                if (n < 1) {
                    throw new IllegalArgumentException(app.module + ": at least one instance, not " + n);
                }
            });
            return new Options(workDir, defaultPorts, kafkaPort, postgresPort, registryPort, keycloakPort,
                    serviceProperties, profile, jit, classArchives, Map.copyOf(counts), apps, console);
        }

        public int instancesOf(ServiceApp app) {
            return instances.getOrDefault(app, 1);
        }

        /** Only these services (a test of one service's client, such as the console's, needs no other). */
        public Options withServices(Set<ServiceApp> only) {
            return new Options(workDir, defaultPorts, kafkaPort, postgresPort, registryPort, keycloakPort,
                    serviceProperties, profile, jit, classArchives, instances, EnumSet.copyOf(only), console);
        }

        /** Whether the console (console/, docs/console.md) runs too, once the services are ready. */
        public Options withConsole(boolean on) {
            return new Options(workDir, defaultPorts, kafkaPort, postgresPort, registryPort, keycloakPort,
                    serviceProperties, profile, jit, classArchives, instances, apps, on);
        }
    }

    /**
     * QUICK_START: C1 only, for a demo or a test stack that lives a few minutes on two shared cores (less start-up
     * CPU, slower steady state). TIERED: the JVM's default (C1 then C2), as the images run in a cluster; what a
     * throughput measurement must use.
     */
    public enum Jit {
        QUICK_START, TIERED
    }

    /**
     * OFF: every class from the jars (tests: one start per build). USE_EXISTING: start from archives an earlier run
     * recorded. RECORD: also record one at a service's first launch after a build (about twice that launch's CPU).
     */
    public enum ClassArchives {
        OFF, USE_EXISTING, RECORD
    }

    /** Launches of a restarted service that exits before it is ready, before the restart fails. */
    static final int START_ATTEMPTS = 3;

    private final Options options;
    private final ServiceRuntime runtime;
    /** Synchronized: the chaos run restarts two services at once (FaultPlan's overlapping faults). */
    private final Map<ServiceApp, ManagedProcess> services =
            Collections.synchronizedMap(new EnumMap<>(ServiceApp.class));
    /** Each service's processes after its first ({@link Options#withInstances}), in start order. */
    private final Map<ServiceApp, List<ManagedProcess>> replicas = new EnumMap<>(ServiceApp.class);
    private final Map<ServiceApp, Integer> ports = new EnumMap<>(ServiceApp.class);
    /** Settings one service was restarted with on top of the stack's (a test's scenario), until restarted again. */
    private final Map<ServiceApp, Map<String, String>> overrides =
            Collections.synchronizedMap(new EnumMap<>(ServiceApp.class));
    /** coding-service's HL7 v2 MLLP listener: 2575 on the fixed ports, else a free one (never two stacks on one). */
    private int mllpPort;
    /** eligibility-service's (ADT registrations): 2576 on the fixed ports, else a free one. */
    private int adtMllpPort;
    private PostgresServer postgres;
    private KafkaBrokerProcess kafka;
    private RegistryServer registry;
    private KeycloakServer keycloak;
    private OidcTokens tokens;
    private boolean closed;
    private ManagedProcess console;
    private int consolePort;

    static final String CONSOLE_MODULE = "console";
    static final int CONSOLE_PORT = 8087;
    /** Synthetic secret of the local realm's console client; deploy/keycloak/realm/revcycle-realm.json. */
    static final String CONSOLE_SECRET = "local-console-secret-not-for-production";

    private LocalStack(Options options) {
        this.options = options;
        this.runtime = new ServiceRuntime(options.classArchives());
    }

    public static LocalStack start(Options options, java.util.function.Consumer<String> progress) {
        LocalStack stack = new LocalStack(options);
        try {
            stack.startAll(progress);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(java.util.function.Consumer<String> progress) {
        try {
            Files.createDirectories(options.workDir().resolve("logs"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        progress.accept("starting PostgreSQL, Kafka, Apicurio Registry and Keycloak");
        CompletableFuture<RegistryServer> registryStart = CompletableFuture
                .supplyAsync(() -> RegistryServer.start(options.registryPort(), options.workDir().resolve("logs")));
        // the slowest to start (about a minute): in parallel with everything up to the services
        CompletableFuture<KeycloakServer> keycloakStart = CompletableFuture
                .supplyAsync(() -> KeycloakServer.start(options.keycloakPort(), options.workDir()));
        postgres = PostgresServer.start(options.postgresPort(), options.workDir().resolve("postgres-data"));
        for (ServiceApp app : ServiceApp.values()) {
            postgres.createDatabase(app.database);
        }
        kafka = KafkaBrokerProcess.start(options.kafkaPort(), options.workDir());
        registry = registryStart.join();
        keycloak = keycloakStart.join();
        tokens = new OidcTokens(keycloak.tokenUrl());
        progress.accept("starting " + options.apps().size() + " services");
        mllpPort = options.defaultPorts() ? 2575 : Ports.free();
        adtMllpPort = options.defaultPorts() ? 2576 : Ports.free();
        for (ServiceApp app : options.apps()) {
            ports.put(app, options.defaultPorts() ? app.defaultPort : Ports.free());
            launch(app);
        }
        for (ServiceApp app : options.apps()) {
            awaitReady(app);
        }
        // replicas after the first instances are ready: those created the topics and ran the migrations
        for (ServiceApp app : options.apps()) {
            for (int i = 2; i <= options.instancesOf(app); i++) {
                int port = Ports.free();
                ManagedProcess p = startProcess(app, i, port);
                replicas.computeIfAbsent(app, a -> new ArrayList<>()).add(p);
                p.awaitHttp("http://127.0.0.1:" + port + "/q/health/ready", Duration.ofMinutes(6));
            }
        }
        if (options.console()) {
            progress.accept("starting the console");
            consolePort = options.defaultPorts() ? CONSOLE_PORT : Ports.free();
            console = new ManagedProcess(CONSOLE_MODULE, ManagedProcess.java(consoleJvm(), "-jar",
                    ProjectLayout.quarkusRunner(CONSOLE_MODULE).toString()),
                    options.workDir().resolve("logs/" + CONSOLE_MODULE + ".log"), ServiceJvm.ENVIRONMENT).start();
            console.awaitHttp(consoleUrl() + "/q/health/ready", Duration.ofMinutes(6));
        }
    }

    /**
     * The console's settings: the realm (code flow with its confidential client) and the address of each service
     * it calls, as {@code quarkus.rest-client.<service>.url} (console/README.md).
     */
    private List<String> consoleJvm() {
        List<String> jvm = new ArrayList<>(ServiceJvm.options(options.jit()));
        jvm.addAll(List.of("-Dquarkus.http.port=" + consolePort, "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.oidc.auth-server-url=" + keycloak.realmUrl(),
                "-Dquarkus.oidc.credentials.secret=" + CONSOLE_SECRET));
        for (ServiceApp app : options.apps()) {
            jvm.add("-Dquarkus.rest-client." + app.module + ".url=" + url(app));
        }
        return jvm;
    }

    /** The console's address; only when the stack runs it. */
    public String consoleUrl() {
        if (console == null) {
            throw new IllegalStateException("this stack runs no console (Options.withConsole)");
        }
        return "http://127.0.0.1:" + consolePort;
    }

    public Jit jit() {
        return options.jit();
    }

    public ClassArchives classArchives() {
        return runtime.mode();
    }

    private void launch(ServiceApp app) {
        services.put(app, startProcess(app, 1, ports.get(app)));
    }

    /** Instance 1 is the service's own; 2 and up are its replicas (own port, MLLP port and log; no inbound folder). */
    private ManagedProcess startProcess(ServiceApp app, int instance, int port) {
        String jdbc = postgres.jdbcUrl(app.database);
        Path runner = ProjectLayout.quarkusRunner(app.module);
        List<String> jvm = new ArrayList<>(ServiceJvm.options(options.jit()));
        jvm.addAll(runtime.options(runner));
        jvm.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1"));
        // the %prod twins beat profile-specific defaults in the apps' application.properties
        for (String prefix : List.of("", "%prod.")) {
            jvm.add("-D" + prefix + "quarkus.datasource.jdbc.url=" + jdbc);
            jvm.add("-D" + prefix + "quarkus.datasource.username=" + postgres.user());
            jvm.add("-D" + prefix + "quarkus.datasource.password=" + postgres.password());
            jvm.add("-D" + prefix + "kafka.bootstrap.servers=" + kafka.bootstrapServers());
            jvm.add("-D" + prefix + "revcycle.messaging.bootstrap-servers=" + kafka.bootstrapServers());
            jvm.add("-D" + prefix + "revcycle.messaging.registry-url=" + registry.apiUrl());
            // no topic operator here: the services create the topics (off by default in the prod profile)
            jvm.add("-D" + prefix + "revcycle.messaging.topics.provision=true");
            // a killed service's partitions come back to its restart in 10 s, not Kafka's 45 s
            jvm.add("-D" + prefix + "revcycle.messaging.consumer.session-timeout=10s");
            jvm.add("-D" + prefix + "quarkus.oidc.auth-server-url=" + keycloak.realmUrl());
            jvm.add("-D" + prefix + "quarkus.swagger-ui.enabled=true"); // off in a cluster, handy here
        }
        // two watchers of one folder would both take each file; the outbound drop is idempotent (named by file id)
        ediDirectories(app).entrySet().stream().filter(e -> instance == 1 || !e.getKey().contains("inbound"))
                .forEach(e -> jvm.add("-D" + e.getKey() + "=" + e.getValue()));
        if (app == ServiceApp.CODING || app == ServiceApp.ELIGIBILITY) {
            int mllp = app == ServiceApp.CODING ? mllpPort : adtMllpPort;
            jvm.add("-Drevcycle.hl7.mllp.port=" + (instance == 1 ? mllp : Ports.free()));
            jvm.add("-Drevcycle.hl7.mllp.host=127.0.0.1");
        }
        options.serviceProperties().forEach((key, value) -> jvm.add("-D" + key + "=" + value));
        // later -D options win: a restart's settings over the stack's
        overrides.getOrDefault(app, Map.of()).forEach((key, value) -> jvm.add("-D" + key + "=" + value));
        String name = instance == 1 ? app.module : app.module + "-" + instance;
        if (options.profile()) {
            jvm.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + options.workDir().resolve("logs/" + name + ".jfr"));
        }
        Map<String, String> environment = new java.util.HashMap<>(ServiceJvm.ENVIRONMENT);
        if (app.holdsPhiKey) {
            // as a Secret reaches a pod: an environment variable, never a command-line argument (ps shows those)
            environment.put("REVCYCLE_PHI_KEYS", LocalPhiKeys.of(options.workDir()));
        }
        ManagedProcess p = new ManagedProcess(name, ManagedProcess.java(jvm, "-jar", runner.toString()),
                options.workDir().resolve("logs/" + name + ".log"), environment);
        if (runtime.recording(runner) && instance == 1) {
            p.stopWithin(Duration.ofMinutes(2)); // it writes its archive (~130 MB) as it stops
        }
        return p.start();
    }

    /**
     * X12 files of the run, beside its logs: the 837s claims-service and the 270s eligibility-service send
     * (to-payer/), what the payer simulator answers (from-payer/), and a drop folder remittance-service watches for
     * 835, 999 and 277CA files (inbox/).
     */
    private Map<String, Path> ediDirectories(ServiceApp app) {
        return switch (app) {
            case CLAIMS, ELIGIBILITY -> Map.of("revcycle.edi.outbound-dir", ediDir().resolve("to-payer"));
            case PAYER_SIMULATOR -> Map.of("revcycle.edi.outbound-dir", ediDir().resolve("from-payer"));
            case REMITTANCE -> Map.of("revcycle.edi.inbound-dir", ediDir().resolve("inbox"));
            default -> Map.of();
        };
    }

    public Path ediDir() {
        return options.workDir().resolve("edi");
    }

    private void awaitReady(ServiceApp app) {
        // about 10 s on a quiet 2-core machine; minutes when other builds and stacks share it (load average 40)
        services.get(app).awaitHttp(url(app) + "/q/health/ready", Duration.ofMinutes(6));
    }

    /** Where coding-service takes HL7 v2 over MLLP (127.0.0.1). */
    public int mllpPort() {
        return mllpPort;
    }

    /** Where eligibility-service takes HL7 v2 ADT over MLLP (127.0.0.1). */
    public int adtMllpPort() {
        return adtMllpPort;
    }

    /** Services running more than one instance, by module ({@link Options#withInstances}). */
    public Map<String, Integer> instances() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        replicas.forEach((app, list) -> counts.put(app.module, list.size() + 1));
        return counts;
    }

    public String url(ServiceApp app) {
        return "http://127.0.0.1:" + ports.get(app);
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String registryUrl() {
        return registry.apiUrl();
    }

    /** The local Keycloak's revcycle realm (issuer of every token the services accept). */
    public KeycloakServer keycloak() {
        return keycloak;
    }

    /** Tokens of the realm's demo users and service account, for clients of the services' APIs. */
    public OidcTokens tokens() {
        return tokens;
    }

    /** SIGKILL, as a crashed pod. */
    public void kill(ServiceApp app) {
        services.get(app).kill();
    }

    /**
     * SIGKILL (as a crashed pod: no shutdown hook, nothing flushed), then the service started again on the same port
     * and settings; returns the time from launching its JVM to ready.
     */
    public Duration crashAndRestart(ServiceApp app) {
        kill(app);
        return restart(app);
    }

    /** The broker stopped and started again on its data directory and ports; returns the time to ready. */
    public Duration restartBroker() {
        long t0 = System.nanoTime();
        kafka.restart();
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /**
     * PostgreSQL stopped as on a crash ({@link PostgresServer#stopAbruptly}), left down for {@code outage}, then
     * started again on its data directory and port; returns the time it was down.
     */
    public Duration stopDatabase(Duration outage) {
        long t0 = System.nanoTime();
        postgres.stopAbruptly();
        try {
            Thread.sleep(outage.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            postgres.startAgain();
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /**
     * Stops the service (SIGTERM) and starts it again (launched again, up to {@link #START_ATTEMPTS} times, when it
     * exits while starting); returns the time from launching its JVM to ready.
     */
    public Duration restart(ServiceApp app) {
        return restart(app, overrides.getOrDefault(app, Map.of()));
    }

    /**
     * Restarts the service with these settings on top of the stack's (e.g. another clock for claims-service), kept
     * for its later restarts; an empty map restarts it with the stack's settings alone.
     */
    public Duration restart(ServiceApp app, Map<String, String> settings) {
        overrides.put(app, Map.copyOf(settings));
        ManagedProcess old = services.get(app);
        if (old != null) {
            old.close();
        }
        long launched = System.nanoTime();
        for (int attempt = 1;; attempt++) {
            launch(app);
            try {
                awaitReady(app);
                return Duration.ofNanos(System.nanoTime() - launched);
            } catch (IllegalStateException e) {
                ManagedProcess failed = services.get(app);
                if (failed.isAlive() || attempt >= START_ATTEMPTS) {
                    throw e;
                }
                // it exited while starting (the chaos run saw Flyway time out on a database slow under load): launch
                // it again, as Kubernetes restarts a pod that failed
                failed.close();
            }
        }
    }

    /** Process ids by name (services by module; "kafka", "apicurio-registry"), for CPU and memory readings. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new java.util.LinkedHashMap<>();
        services.forEach((app, p) -> {
            pids.put(app.module, p.pid());
            replicas.getOrDefault(app, List.of()).forEach(r -> pids.put(r.name(), r.pid()));
        });
        pids.put("kafka", kafka.pid());
        pids.put("apicurio-registry", registry.pid());
        return pids;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public List<ManagedProcess> processes() {
        List<ManagedProcess> all = new ArrayList<>(services.values());
        replicas.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (console != null) {
            console.close();
        }
        processes().parallelStream().forEach(ManagedProcess::close);
        if (registry != null) {
            registry.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
