package io.revcycle.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;

/** A real KRaft broker inside the test JVM (2-5 s to start). */
final class InProcessKafka implements AutoCloseable {

    /** Kafka's own exit hooks (deleting its temp dirs): run after the broker stopped, not concurrently with it. */
    private static final List<Runnable> EXIT_HOOKS = new ArrayList<>();

    private final KafkaClusterTestKit cluster;

    private InProcessKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    static InProcessKafka start() {
        // a broker shutting down inside the test JVM must never exit or halt that JVM (surefire reads it as a crash)
        Exit.setExitProcedure((code, message) -> { });
        Exit.setHaltProcedure((code, message) -> { });
        Exit.setShutdownHookAdder((name, hook) -> {
            synchronized (EXIT_HOOKS) {
                EXIT_HOOKS.add(hook);
            }
        });
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .setBootstrapMetadataVersion(MetadataVersion.latestProduction())
                    .build())
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new InProcessKafka(cluster);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the in-process Kafka broker", e);
        }
    }

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Stops the broker (the KRaft controller keeps running); it comes back on the same port with {@link #startBroker}. */
    void stopBroker() {
        cluster.brokers().values().forEach(b -> b.shutdown());
    }

    void startBroker() {
        cluster.brokers().values().forEach(b -> b.startup());
        try {
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("the in-process broker did not come back", e);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            cluster.close();
        } finally {
            List<Runnable> hooks;
            synchronized (EXIT_HOOKS) {
                hooks = new ArrayList<>(EXIT_HOOKS);
                EXIT_HOOKS.clear();
            }
            hooks.forEach(Runnable::run);
        }
    }
}
