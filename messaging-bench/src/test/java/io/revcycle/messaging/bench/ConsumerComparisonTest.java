package io.revcycle.messaging.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.revcycle.events.AvroCodec;
import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.SharedInfrastructure;

/**
 * One batch workload through the shared inbox (kafka-clients) and through a SmallRye channel, one after the other on
 * the same broker, registry and database: a backlog of N events on each one's topic, applied once each (inbox row +
 * one business row per event, one transaction per poll batch), in both orders after a warm-up. Checks the counts;
 * reports the throughput figures (never asserts them) to target/consumer-comparison.json. N is 500 in the build; the measurement of
 * docs/adr/0001-consumers-on-kafka-clients.md: {@code -Dbench.events=20000}.
 */
@QuarkusTest
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "messaging_bench"))
class ConsumerComparisonTest {

    private static final int EVENTS = Integer.getInteger("bench.events", 500);

    @Inject
    EntityManager em;

    record Result(String consumer, int events, long applied, long distinct, double backlogSeconds,
            double eventsPerSecond, double jvmCpuMsPerThousand) {
    }

    @Test
    void shouldApplyEveryEventOnceThroughEitherConsumerAndReportTheirThroughput() throws Exception {
        List<String> consumers = List.of(SmallRyeBenchConsumer.CONSUMER, InboxBenchHandler.CONSUMER);
        if (EVENTS >= 5_000) {
            // JIT warm-up first: otherwise whichever runs second wins
            for (String consumer : consumers) {
                run(consumer, EVENTS / 4);
            }
        }
        List<Result> results = new ArrayList<>();
        // then both orders, so neither always has the warmer JVM
        for (String consumer : consumers) {
            results.add(run(consumer, EVENTS));
        }
        for (String consumer : List.of(consumers.get(1), consumers.get(0))) {
            results.add(run(consumer, EVENTS));
        }
        report(results);

        assertThat(results).allSatisfy(r -> {
            assertThat(r.applied()).as(r.consumer() + " applied").isEqualTo(r.events());
            assertThat(r.distinct()).as(r.consumer() + " distinct").isEqualTo(r.events());
        });
    }

    private Result run(String consumer, int events) {
        String topic = consumer.equals(InboxBenchHandler.CONSUMER) ? BenchTopics.INBOX : BenchTopics.SMALLRYE;
        long before = count(consumer);
        Instant start = dbNow();
        long cpuBefore = processCpuNanos();
        produce(topic, events);
        Instant produced = dbNow();
        await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> count(consumer) - before >= events);
        long cpu = processCpuNanos() - cpuBefore;
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                select count(*), count(distinct event_id),
                       count(*) filter (where applied_at > :produced),
                       extract(epoch from max(applied_at) - :produced)
                  from bench_applied where consumer = :c and applied_at >= :start
                """).setParameter("c", consumer).setParameter("produced", produced)
                .setParameter("start", start).getSingleResult());
        long applied = ((Number) row[0]).longValue();
        long distinct = ((Number) row[1]).longValue();
        long afterProduced = ((Number) row[2]).longValue();
        double seconds = row[3] == null ? 0 : ((BigDecimal) row[3]).doubleValue();
        return new Result(consumer, events, applied, distinct, seconds,
                seconds <= 0 ? 0 : afterProduced / seconds, cpu / 1e6 / (events / 1000.0));
    }

    /** Sends the backlog; returns when the broker has acknowledged all of it. */
    private void produce(String topic, int events) {
        SharedInfrastructure infra = SharedInfrastructure.get();
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.bootstrapServers());
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put("apicurio.registry.url", infra.registryUrl());
        p.put("apicurio.registry.auto-register", true);
        AvroKafkaSerializer<Object> serializer = registered(topic, p);
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(p, new StringSerializer(), serializer)) {
            for (int i = 0; i < events; i++) {
                String patient = "PAT-BENCH-" + (i % 1000);
                producer.send(new ProducerRecord<>(topic, patient, AvroCodec.toGeneric(event(patient))));
            }
            producer.flush();
        }
    }

    /**
     * A serializer that has registered the event's schema under the topic. Apicurio 2.4.2's in-memory store can refuse
     * a create that races with another client's (the services register their schemas as they start): try again.
     */
    private static AvroKafkaSerializer<Object> registered(String topic, Map<String, Object> config) {
        PatientBalanceChanged sample = event("PAT-BENCH-0");
        RuntimeException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            AvroKafkaSerializer<Object> serializer = new AvroKafkaSerializer<>();
            serializer.configure(config, false);
            try {
                serializer.serialize(topic, AvroCodec.toGeneric(sample));
                return serializer;
            } catch (RuntimeException e) {
                last = e;
                serializer.close();
                sleep(500);
            }
        }
        throw last;
    }

    private static PatientBalanceChanged event(String patient) {
        return PatientBalanceChanged.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setPatientId(patient).setClaimId("").setEncounterId("").setChange(new BigDecimal("1.00"))
                .setNewBalance(new BigDecimal("1.00")).setReason("PATIENT_PAYMENT").build();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Instant dbNow() {
        return QuarkusTransaction.requiringNew().call(() -> (Instant) em
                .createNativeQuery("select clock_timestamp()", Instant.class).getSingleResult());
    }

    private long count(String consumer) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from bench_applied where consumer = :c")
                .setParameter("c", consumer).getSingleResult()).longValue());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void report(List<Result> results) throws Exception {
        StringBuilder json = new StringBuilder("{\"events\":" + EVENTS + ",\"cores\":"
                + Runtime.getRuntime().availableProcessors() + ",\"loadAverage\":" + String.format(Locale.ROOT, "%.2f",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + ",\"results\":[");
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"consumer\":\"%s\",\"applied\":%d,\"backlogSeconds\":%.3f,\"eventsPerSecond\":%.1f,"
                            + "\"jvmCpuMsPerThousandEvents\":%.1f}",
                    r.consumer(), r.applied(), r.backlogSeconds(), r.eventsPerSecond(), r.jvmCpuMsPerThousand()));
            System.out.printf(Locale.ROOT, "consumer comparison: %-8s %6d events, %8.1f events/s after the backlog was"
                    + " written, %7.1f ms JVM CPU per 1,000 events%n", r.consumer(), r.events(), r.eventsPerSecond(),
                    r.jvmCpuMsPerThousand());
        }
        json.append("]}\n");
        Path out = Path.of("target/consumer-comparison.json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
    }
}
