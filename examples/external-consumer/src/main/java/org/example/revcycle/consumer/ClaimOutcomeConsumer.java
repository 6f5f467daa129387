package org.example.revcycle.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;

/**
 * Reads RevCycle's claim outcomes (adjudications and denials) as GenericRecords through the Apicurio serde, and
 * hands each one, printed, to a sink. Follows the contract in docs/asyncapi: keys are claim ids, delivery is at least
 * once, so events are deduplicated by eventId; offsets are committed after the events are handled.
 */
public final class ClaimOutcomeConsumer implements AutoCloseable {

    public static final String CLAIM_ADJUDICATED = "revcycle.claim.adjudicated";
    public static final String CLAIM_DENIED = "revcycle.claim.denied";

    private static final int REMEMBERED_EVENT_IDS = 100_000;

    private final KafkaConsumer<String, GenericRecord> consumer;
    private final Consumer<String> sink;
    private final Map<String, Boolean> seen = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_EVENT_IDS;
        }
    };

    public ClaimOutcomeConsumer(String bootstrapServers, String registryUrl, String groupId, Consumer<String> sink) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, AvroKafkaDeserializer.class.getName());
        p.put("apicurio.registry.url", registryUrl);
        // GenericRecord with the writer's schema: no generated classes needed, new fields simply appear
        p.put("apicurio.registry.use-specific-avro-reader", false);
        this.consumer = new KafkaConsumer<>(p);
        this.sink = sink;
        consumer.subscribe(List.of(CLAIM_ADJUDICATED, CLAIM_DENIED));
    }

    /** One poll: prints each new event, skips redeliveries, commits. Returns the number printed. */
    public int pollOnce(Duration timeout) {
        int printed = 0;
        for (ConsumerRecord<String, GenericRecord> r : consumer.poll(timeout)) {
            String eventId = String.valueOf(r.value().get("eventId"));
            if (seen.put(eventId, Boolean.TRUE) != null) {
                continue; // at-least-once delivery: the same event again
            }
            sink.accept(r.topic() + " key=" + r.key() + " producer=" + header(r, "revcycle.producer") + " "
                    + r.value().getSchema().getName() + " " + EventPrinter.print(r.value()));
            printed++;
        }
        consumer.commitSync();
        return printed;
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? "-" : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }

    /** Ends a {@link #pollOnce} in progress from another thread (it throws WakeupException). */
    public void wakeup() {
        consumer.wakeup();
    }

    /** {@code java ... ClaimOutcomeConsumer [bootstrap] [registry url] [group id]}; runs until Ctrl-C. */
    public static void main(String[] args) throws InterruptedException {
        String bootstrap = args.length > 0 ? args[0] : "127.0.0.1:9092";
        String registry = args.length > 1 ? args[1] : "http://127.0.0.1:8090/apis/registry/v2";
        String group = args.length > 2 ? args[2] : "example.claim-outcomes";
        ClaimOutcomeConsumer c = new ClaimOutcomeConsumer(bootstrap, registry, group, System.out::println);
        Thread main = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            c.wakeup();
            try {
                main.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try (c) {
            while (true) {
                c.pollOnce(Duration.ofSeconds(1));
            }
        } catch (WakeupException e) {
            // Ctrl-C: offsets of what was printed are committed
        }
    }
}
