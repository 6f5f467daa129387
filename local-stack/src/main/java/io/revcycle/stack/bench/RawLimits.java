package io.revcycle.stack.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import io.revcycle.stack.PostgresServer;

/**
 * What this machine allows, measured on the stack's own broker and database with the pipeline's message size, so the
 * pipeline's figures read as ratios that compare across machines and noisy neighbours:
 * <ul>
 * <li>Kafka, one hop: an idempotent acks=all producer to a 3-partition topic, a consumer reading it back;</li>
 * <li>PostgreSQL single-row commits: one insert, one commit, one connection;</li>
 * <li>a plain-Java chain of six hops with the platform's guarantees and none of its frameworks: each hop takes a poll
 * batch (up to 500) and in one transaction records a processed-event row per event and an outbox row per event it
 * emits (JDBC batches), then hands the batch to the next hop.</li>
 * </ul>
 */
public final class RawLimits {

    public record Result(double kafkaHopPerSecond, int kafkaRecords, double postgresCommitsPerSecond, int postgresCommits,
            double plainChainPerSecond, int plainChainEvents, int messageBytes) {
    }

    private static final String DATABASE = "bench_raw";
    private static final int HOPS = 6;
    private static final int BATCH = 500;

    private RawLimits() {
    }

    static Result measure(String bootstrapServers, PostgresServer postgres, int messageBytes, int scale) {
        int kafkaRecords = clamp(scale * 5, 2_000, 100_000);
        int commits = clamp(scale, 500, 10_000);
        int chain = clamp(scale * 2, 2_000, 40_000);
        byte[] payload = new byte[messageBytes];
        new Random(1).nextBytes(payload);
        postgres.createDatabase(DATABASE);
        String jdbc = postgres.jdbcUrl(DATABASE) + "?reWriteBatchedInserts=true";
        return new Result(kafkaHop(bootstrapServers, payload, kafkaRecords), kafkaRecords,
                singleRowCommits(jdbc, postgres, payload, commits), commits,
                plainChain(jdbc, postgres, payload, chain), chain, messageBytes);
    }

    static double kafkaHop(String bootstrapServers, byte[] payload, int records) {
        String topic = "bench.raw-hop-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(e);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> consumerProps = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        Map<String, Object> producerProps = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            partitions.forEach(consumer::position); // positioned before the first send
            long t0 = System.nanoTime();
            CompletableFuture<Void> send = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < records; i++) {
                    producer.send(new ProducerRecord<>(topic, Integer.toString(i).getBytes(), payload));
                }
                producer.flush();
            });
            int seen = 0;
            while (seen < records) {
                seen += consumer.poll(Duration.ofMillis(200)).count();
            }
            send.join();
            return records / seconds(t0);
        }
    }

    static double singleRowCommits(String jdbc, PostgresServer pg, byte[] payload, int commits) {
        try (Connection c = PostgresServer.open(jdbc, pg.user(), pg.password())) {
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists raw_commit");
                s.execute("create table raw_commit (id uuid primary key, payload bytea not null)");
            }
            try (PreparedStatement insert = c.prepareStatement("insert into raw_commit values (?, ?)")) {
                long t0 = System.nanoTime();
                for (int i = 0; i < commits; i++) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setBytes(2, payload);
                    insert.executeUpdate(); // autocommit: one commit per row
                }
                return commits / seconds(t0);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static double plainChain(String jdbc, PostgresServer pg, byte[] payload, int events) {
        try (Connection c = PostgresServer.open(jdbc, pg.user(), pg.password());
                Statement s = c.createStatement()) {
            s.execute("drop table if exists chain_outbox");
            s.execute("drop table if exists chain_processed");
            s.execute("create table chain_outbox (id bigserial primary key, event_id uuid not null, topic text not null,"
                    + " payload bytea not null, created_at timestamptz not null default now())");
            s.execute("create table chain_processed (consumer text not null, event_id uuid not null,"
                    + " processed_at timestamptz not null default now(), primary key (consumer, event_id))");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<BlockingQueue<UUID>> queues = new ArrayList<>();
        for (int i = 0; i <= HOPS; i++) {
            queues.add(new ArrayBlockingQueue<>(events));
        }
        ExecutorService threads = Executors.newFixedThreadPool(HOPS);
        try {
            List<CompletableFuture<Void>> hops = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int h = 0; h < HOPS; h++) {
                int hop = h;
                hops.add(CompletableFuture.runAsync(() -> runHop(jdbc, pg, hop, queues.get(hop), queues.get(hop + 1),
                        payload, events), threads));
            }
            for (int i = 0; i < events; i++) {
                queues.get(0).add(UUID.randomUUID());
            }
            CompletableFuture.allOf(hops.toArray(CompletableFuture[]::new)).join();
            return events / seconds(t0);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void runHop(String jdbc, PostgresServer pg, int hop, BlockingQueue<UUID> in, BlockingQueue<UUID> out,
            byte[] payload, int events) {
        try (Connection c = PostgresServer.open(jdbc, pg.user(), pg.password());
                PreparedStatement processed = c.prepareStatement(
                        "insert into chain_processed (consumer, event_id) values (?, ?) on conflict do nothing");
                PreparedStatement outbox = c.prepareStatement(
                        "insert into chain_outbox (event_id, topic, payload) values (?, ?, ?)")) {
            c.setAutoCommit(false);
            String consumer = "hop-" + hop;
            List<UUID> batch = new ArrayList<>(BATCH);
            int done = 0;
            while (done < events) {
                batch.clear();
                UUID first = in.poll(30, TimeUnit.SECONDS);
                if (first == null) {
                    throw new IllegalStateException("hop " + hop + " starved");
                }
                batch.add(first);
                in.drainTo(batch, BATCH - 1);
                List<UUID> emitted = new ArrayList<>(batch.size());
                for (UUID eventId : batch) {
                    processed.setString(1, consumer);
                    processed.setObject(2, eventId);
                    processed.addBatch();
                    UUID next = UUID.randomUUID();
                    outbox.setObject(1, next);
                    outbox.setString(2, "hop-" + (hop + 1));
                    outbox.setBytes(3, payload);
                    outbox.addBatch();
                    emitted.add(next);
                }
                processed.executeBatch();
                outbox.executeBatch();
                c.commit();
                out.addAll(emitted);
                done += batch.size();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }
}
