package io.revcycle.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.events.Topics;
import io.revcycle.messaging.inbox.InboxConsumers;
import io.revcycle.testsupport.TestEvents;

/** An operator resets a consumer group to the earliest offset: everything is read again and nothing changes. */
@QuarkusTest
@QuarkusTestResource(value = ProxiedInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "messaging_test"))
class ReplayFromEarliestTest {

    @Inject
    EntityManager em;

    @Inject
    InboxConsumers consumers;

    @Inject
    MessagingConfig config;

    @Test
    void shouldReadEverythingAgainAfterAGroupResetAndChangeNoBusinessTable() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> patients = IntStream.range(0, 5).mapToObj(i -> "PAT-" + run + "-" + i).toList();
        patients.forEach(p -> TestEvents.publish(Topics.PATIENT_BALANCE_CHANGED, p, event(p)));
        await().atMost(Duration.ofSeconds(30)).until(() -> count("handled_event") >= patients.size()
                && handled(patients) == patients.size());
        long handledBefore = count("handled_event");
        long processedBefore = count("processed_event");

        consumers.stop();
        String group = config.serviceName() + "." + Topics.PATIENT_BALANCE_CHANGED;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> earliest = new HashMap<>();
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                    .keySet().forEach(tp -> earliest.put(tp, new OffsetAndMetadata(0)));
            assertThat(earliest).isNotEmpty();
            admin.alterConsumerGroupOffsets(group, earliest).all().get();
        }
        consumers.start();

        String marker = "PAT-" + run + "-marker";
        TestEvents.publish(Topics.PATIENT_BALANCE_CHANGED, marker, event(marker));
        await().atMost(Duration.ofSeconds(60)).until(() -> handled(List.of(marker)) == 1);
        // the marker is the only new effect: every replayed event was recognised by the inbox
        assertThat(count("handled_event")).isEqualTo(handledBefore + 1);
        assertThat(count("processed_event")).isEqualTo(processedBefore + 1);
        assertThat(consumers.stopped()).isEmpty();
    }

    private long count(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from " + table).getSingleResult()).longValue());
    }

    private long handled(List<String> patients) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from handled_event where patient_id in (:p)")
                .setParameter("p", patients).getSingleResult()).longValue());
    }

    private static PatientBalanceChanged event(String patientId) {
        return PatientBalanceChanged.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setPatientId(patientId).setClaimId("").setEncounterId("").setChange(new BigDecimal("5.00"))
                .setNewBalance(new BigDecimal("5.00")).setReason("PATIENT_PAYMENT").build();
    }
}
