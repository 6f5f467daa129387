package io.revcycle.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The Apicurio Registry 2.4.2 runner built in deploy/apicurio-registry, as a child process on 127.0.0.1. */
public final class RegistryServer implements AutoCloseable {

    private final ManagedProcess process;
    private final int port;

    private RegistryServer(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    public static RegistryServer start(int port, Path logDir) {
        int p = port == 0 ? Ports.free() : port;
        ManagedProcess proc = new ManagedProcess("apicurio-registry",
                ManagedProcess.java(List.of("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-Dquarkus.http.port=" + p, "-Dquarkus.http.host=127.0.0.1"),
                        "-jar", ProjectLayout.registryRunner().toString()),
                logDir.resolve("apicurio-registry.log")).start();
        RegistryServer server = new RegistryServer(proc, p);
        proc.awaitHttp(server.baseUrl() + "/apis/registry/v2/system/info", Duration.ofSeconds(120));
        return server;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** What the Apicurio serdes are given (apicurio.registry.url). */
    public String apiUrl() {
        return baseUrl() + "/apis/registry/v2";
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.close();
    }
}
