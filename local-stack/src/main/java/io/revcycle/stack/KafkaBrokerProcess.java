package io.revcycle.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node KRaft broker (kafka.Kafka from the kafka_2.13 jars on this module's classpath) in its own
 * process: storage formatted with kafka.tools.StorageTool, then started, bound to 127.0.0.1.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private final List<String> command;
    private final Path log;
    private final int port;
    private ManagedProcess process;

    private KafkaBrokerProcess(List<String> command, Path log, int port) {
        this.command = command;
        this.log = log;
        this.port = port;
    }

    public static KafkaBrokerProcess start(int port, Path workDir) {
        int p = port == 0 ? Ports.free() : port;
        int controller = Ports.free();
        try {
            Path dataDir = workDir.resolve("kafka-data");
            Files.createDirectories(dataDir);
            Path config = workDir.resolve("kafka-server.properties");
            Files.writeString(config, String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "controller.quorum.voters=1@127.0.0.1:" + controller,
                    "listeners=PLAINTEXT://127.0.0.1:" + p + ",CONTROLLER://127.0.0.1:" + controller,
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + p,
                    "controller.listener.names=CONTROLLER",
                    "inter.broker.listener.name=PLAINTEXT",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "log.dirs=" + dataDir.toAbsolutePath(),
                    "num.partitions=3",
                    "offsets.topic.replication.factor=1",
                    "offsets.topic.num.partitions=10",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "group.initial.rebalance.delay.ms=0",
                    "auto.create.topics.enable=true",
                    ""));
            List<String> jvm = List.of("-Xmx512m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
            Path log = workDir.resolve("logs/kafka.log");
            if (!Files.exists(dataDir.resolve("meta.properties"))) {
                int exit = new ManagedProcess("kafka-storage-format", ManagedProcess.java(jvm, "kafka.tools.StorageTool",
                        "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()), log)
                        // a one-shot JVM: a minute was not enough on a machine busy with a build beside the stack
                        .start().awaitExit(Duration.ofMinutes(3));
                if (exit != 0) {
                    throw new IllegalStateException("kafka storage format failed (" + exit + "); see " + log);
                }
            }
            KafkaBrokerProcess kafka = new KafkaBrokerProcess(ManagedProcess.java(jvm, "kafka.Kafka",
                    config.toString()), log, p);
            kafka.launch();
            return kafka;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start Kafka", e);
        }
    }

    private synchronized void launch() {
        process = new ManagedProcess("kafka", command, log).start();
        // seconds on a quiet machine; minutes when the machine is shared with builds (load average 30)
        awaitReady(Duration.ofMinutes(4));
    }

    /**
     * Stops the broker (SIGTERM: a controlled shutdown) and starts it again on the same data directory, ports and
     * cluster id (the configuration file written at the first start): the chaos run's broker restart.
     */
    public synchronized void restart() {
        process.close();
        launch();
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("kafka exited; see " + process.log());
            }
            if (!listening()) { // an admin client before the port opens logs a warning per attempt
                ManagedProcess.sleep(200);
                continue;
            }
            try (Admin admin = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrapServers(), AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000))) {
                if (!admin.describeCluster().nodes().get().isEmpty()) {
                    return;
                }
            } catch (Exception e) {
                ManagedProcess.sleep(300);
            }
        }
        throw new IllegalStateException("kafka not ready within " + timeout + "; see " + process.log());
    }

    private boolean listening() {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    public synchronized long pid() {
        return process.pid();
    }

    @Override
    public synchronized void close() {
        process.close();
    }
}
