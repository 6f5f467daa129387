package io.revcycle.stack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keycloak (the Maven Central distribution unpacked by deploy/keycloak) as a child process on 127.0.0.1 with the
 * {@code revcycle} realm imported into an in-memory database: every start is a fresh realm from
 * {@code deploy/keycloak/realm/revcycle-realm.json}.
 *
 * <p>Keycloak 26 needs Java 21+ ({@link JavaRuntimes}). Its Quarkus build ({@code kc.sh build}, about a minute) runs
 * once per unpacked distribution, under a file lock so parallel test JVMs do not race; later starts use
 * {@code start --optimized}.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "revcycle";
    /** The Java feature version Keycloak 26 needs. */
    static final int JAVA_FEATURE = 21;
    static final String JAVA_SETTING = "REVCYCLE_KEYCLOAK_JAVA_HOME";
    /** dev-mem: a fresh realm per start; cache=local: no JGroups cluster between two Keycloaks on one machine. */
    private static final List<String> BUILD_OPTIONS = List.of("--db=dev-mem", "--cache=local",
            "--health-enabled=false", "--metrics-enabled=false");

    private final ManagedProcess process;
    private final int port;

    private KeycloakServer(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    public static KeycloakServer start(int port, Path workDir) {
        Path home = ProjectLayout.keycloakHome();
        Path javaHome = JavaRuntimes.requireHome(JAVA_FEATURE, JAVA_SETTING, "Keycloak");
        Path logs = workDir.resolve("logs");
        buildOnce(home, javaHome, logs);
        int p = port == 0 ? Ports.free() : port;
        Path instance = workDir.resolve("keycloak-" + p);
        try {
            Files.createDirectories(instance.resolve("tmp"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> command = new ArrayList<>(List.of(kcScript(home).toString(), "start", "--optimized",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + p, "--hostname-strict=false",
                "--import-realm"));
        ManagedProcess proc = new ManagedProcess("keycloak", command, logs.resolve("keycloak.log"),
                environment(javaHome, instance)).start();
        KeycloakServer server = new KeycloakServer(proc, p);
        proc.awaitHttp(server.realmUrl() + "/.well-known/openid-configuration", Duration.ofMinutes(5));
        return server;
    }

    /** The realm's base, what the services' {@code quarkus.oidc.auth-server-url} is and the tokens' issuer. */
    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.close();
    }

    private static Map<String, String> environment(Path javaHome, Path instance) {
        return Map.of("JAVA_HOME", javaHome.toString(),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                // per instance: two Keycloaks of one distribution (a test JVM next to ./revcycle up) must not
                // share the transaction log
                "JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1"
                        + " -Dquarkus.transaction-manager.object-store.directory=" + instance.resolve("tx")
                        + " -Djava.io.tmpdir=" + instance.resolve("tmp"));
    }

    private static void buildOnce(Path home, Path javaHome, Path logs) {
        Path marker = home.resolve("revcycle-build.txt");
        String wanted = String.join(" ", BUILD_OPTIONS);
        try (RandomAccessFile lockFile = new RandomAccessFile(home.resolve("revcycle-build.lock").toFile(), "rw");
                FileChannel channel = lockFile.getChannel();
                FileLock lock = channel.lock()) {
            // the realm as committed, also when only the source changed since the distribution was unpacked
            Path realm = ProjectLayout.root().resolve("deploy/keycloak/realm/revcycle-realm.json");
            Path imported = home.resolve("data/import/revcycle-realm.json");
            if (!Files.isRegularFile(imported) || Files.mismatch(realm, imported) != -1) {
                Files.createDirectories(imported.getParent());
                Files.copy(realm, imported, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.isRegularFile(marker) && Files.readString(marker).equals(wanted)) {
                return;
            }
            List<String> command = new ArrayList<>(List.of(kcScript(home).toString(), "build"));
            command.addAll(BUILD_OPTIONS);
            int exit = new ManagedProcess("keycloak-build", command, logs.resolve("keycloak-build.log"),
                    Map.of("JAVA_HOME", javaHome.toString())).start().awaitExit(Duration.ofMinutes(10));
            if (exit != 0) {
                throw new IllegalStateException("kc.sh build failed (" + exit + "); see "
                        + logs.resolve("keycloak-build.log"));
            }
            Files.writeString(marker, wanted, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare Keycloak in " + home, e);
        }
    }

    private static Path kcScript(Path home) {
        Path script = home.resolve("bin/kc.sh");
        if (!Files.isExecutable(script)) {
            script.toFile().setExecutable(true);
        }
        return script;
    }
}
