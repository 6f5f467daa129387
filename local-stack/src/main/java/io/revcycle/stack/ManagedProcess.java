package io.revcycle.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM or server the stack started. Output goes to a log file; every process is registered with a shutdown
 * hook so Ctrl-C or a failing test leaves nothing behind.
 */
public final class ManagedProcess implements AutoCloseable {

    private static final List<ManagedProcess> ALL = new ArrayList<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ManagedProcess::stopAll, "stack-shutdown"));
    }

    private final String name;
    private final List<String> command;
    private final Path log;
    private final Map<String, String> environment;
    private Process process;
    /** How long a stop may take before the process is killed. */
    private Duration stopTimeout = Duration.ofSeconds(20);

    public ManagedProcess(String name, List<String> command, Path log) {
        this(name, command, log, Map.of());
    }

    /** {@code environment}: added to this JVM's environment for the child. */
    public ManagedProcess(String name, List<String> command, Path log, Map<String, String> environment) {
        this.name = name;
        this.command = List.copyOf(command);
        this.log = log;
        this.environment = Map.copyOf(environment);
    }

    public static List<String> java(List<String> jvmArgs, String... mainAndArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of(mainAndArgs));
        return cmd;
    }

    /** For a process that does work as it stops (a JVM writing its class-data archive). */
    public ManagedProcess stopWithin(Duration timeout) {
        this.stopTimeout = timeout;
        return this;
    }

    public synchronized ManagedProcess start() {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            pb.environment().putAll(environment);
            process = pb.start();
            synchronized (ALL) {
                ALL.add(this);
            }
            return this;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
    }

    /** Waits until the URL answers 200, failing early if the process died. */
    public ManagedProcess awaitHttp(String url, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2))
                        .GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException(name + " did not answer " + url + " within " + timeout + "; see " + log);
    }

    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " did not finish within " + timeout + "; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGKILL: no shutdown hooks, no flush; what a crashed pod looks like. */
    public synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            waitQuietly(Duration.ofSeconds(10));
        }
    }

    /** SIGTERM, then SIGKILL after the grace period. */
    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        if (process.isAlive()) {
            // a launcher script (Keycloak's kc.sh) may not pass SIGTERM on: its JVM is asked directly too
            List<ProcessHandle> descendants = process.descendants().toList();
            process.destroy();
            descendants.forEach(ProcessHandle::destroy);
            if (!waitQuietly(stopTimeout) || !descendantsExited(descendants, Duration.ofSeconds(20))) {
                kill();
                descendants.forEach(ProcessHandle::destroyForcibly);
            }
        }
        synchronized (ALL) {
            ALL.remove(this);
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    private static boolean descendantsExited(List<ProcessHandle> descendants, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (descendants.stream().anyMatch(ProcessHandle::isAlive)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            sleep(100);
        }
        return true;
    }

    private boolean waitQuietly(Duration d) {
        try {
            return process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static void stopAll() {
        List<ManagedProcess> copy;
        synchronized (ALL) {
            copy = new ArrayList<>(ALL);
        }
        // reverse start order: services before the infrastructure they use
        for (int i = copy.size() - 1; i >= 0; i--) {
            copy.get(i).close();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
