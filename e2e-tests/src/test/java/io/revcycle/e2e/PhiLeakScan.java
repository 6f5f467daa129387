package io.revcycle.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import io.revcycle.stack.demo.SyntheticEncounters.Case;
import io.revcycle.stack.demo.SyntheticEncounters.Patient;

/**
 * Looks for the seeded patients' PHI where a reader without the key looks: every record (key, value, headers) of every
 * topic, dead-letter topics included, and the services' log files. Searched as text in both cases the platform writes
 * (X12 upper-cases names): last names, street lines, member ids (as registered and as the payer holds them), birth
 * dates as ISO and as X12 D8. First names are left out: the synthetic ones are short common words ("Sam") that occur
 * inside other text and, by chance, inside ciphertext.
 */
final class PhiLeakScan {

    private PhiLeakScan() {
    }

    static Set<String> seededPhi(List<Case> cases) {
        Set<String> phi = new LinkedHashSet<>();
        for (Case c : cases) {
            Patient p = c.encounter().patient();
            phi.add(p.lastName());
            phi.add(p.dateOfBirth().toString());
            phi.add(p.dateOfBirth().format(DateTimeFormatter.BASIC_ISO_DATE));
            if (p.address() != null) {
                phi.add(p.address().line1());
            }
            phi.add(c.encounter().memberId());
            phi.add(c.coverage().memberId());
            phi.add(c.payerMemberId());
        }
        Set<String> both = new LinkedHashSet<>();
        phi.forEach(v -> {
            both.add(v);
            both.add(v.toUpperCase(Locale.ROOT));
        });
        return both;
    }

    /** Where each PHI value was found, as "topic/partition@offset: value"; empty when nothing leaked. */
    static List<String> scanTopics(String bootstrapServers, Set<String> phi) {
        List<String> found = new ArrayList<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> topics = admin.listTopics().names().get().stream().filter(t -> t.startsWith("revcycle."))
                    .collect(Collectors.toSet());
            Map<String, Object> p = new HashMap<>();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ConsumerConfig.GROUP_ID_CONFIG, "phi-scan-" + UUID.randomUUID());
            p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 20 * 1024 * 1024);
            p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 20 * 1024 * 1024);
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                    new ByteArrayDeserializer())) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (String t : topics) {
                    consumer.partitionsFor(t).forEach(i -> partitions.add(new TopicPartition(t, i.partition())));
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
                        && System.nanoTime() < deadline) {
                    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                        StringBuilder text = new StringBuilder();
                        append(text, r.key());
                        append(text, r.value());
                        for (Header h : r.headers()) {
                            text.append(h.key()).append('=');
                            append(text, h.value());
                        }
                        for (String v : phi) {
                            if (text.indexOf(v) >= 0) {
                                found.add(r.topic() + "/" + r.partition() + "@" + r.offset() + ": " + v);
                            }
                        }
                    }
                }
                if (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                    found.add("topics not read to their end within 3 minutes");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    static List<String> scanLogs(List<Path> logs, Set<String> phi) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path log : logs) {
            if (!Files.exists(log)) {
                continue;
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            for (int i = 0; i < lines.size(); i++) {
                for (String v : phi) {
                    if (lines.get(i).contains(v)) {
                        found.add(log.getFileName() + ":" + (i + 1) + ": " + v);
                    }
                }
            }
        }
        return found;
    }

    private static void append(StringBuilder text, byte[] bytes) {
        if (bytes != null) {
            text.append(new String(bytes, StandardCharsets.ISO_8859_1)).append('\n');
        }
    }
}
