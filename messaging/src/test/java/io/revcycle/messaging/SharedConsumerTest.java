package io.revcycle.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.messaging.inbox.InboxConsumers;
import io.revcycle.testsupport.TestEvents;

/**
 * Handlers that share a consumer: one group polls both topics, each handler keeps its own inbox key, and a shared
 * group that has never committed starts where each handler's own group stopped (an upgrade reads nothing again).
 */
@QuarkusTest
@QuarkusTestResource(value = ProxiedInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "messaging_test"))
class SharedConsumerTest {

    @Inject
    EntityManager em;

    @Inject
    InboxConsumers consumers;

    @Inject
    MessagingConfig config;

    @Test
    void shouldPollBothTopicsInOneGroupAndKeepEachHandlersInboxKey() throws Exception {
        String a = "PAT-A-" + UUID.randomUUID();
        String b = "PAT-B-" + UUID.randomUUID();
        PatientBalanceChanged onA = event(a);
        PatientBalanceChanged onB = event(b);
        TestEvents.publish(JoinedHandlers.TOPIC_A, a, onA);
        TestEvents.publish(JoinedHandlers.TOPIC_B, b, onB);

        await().atMost(Duration.ofSeconds(60)).until(() -> handled(a) == 1 && handled(b) == 1);
        assertThat(inboxKeyOf(onA)).isEqualTo(config.serviceName() + "." + JoinedHandlers.TOPIC_A);
        assertThat(inboxKeyOf(onB)).isEqualTo(config.serviceName() + "." + JoinedHandlers.TOPIC_B);
        try (Admin admin = admin()) {
            Set<String> topics = new java.util.TreeSet<>();
            admin.listConsumerGroupOffsets(sharedGroup()).partitionsToOffsetAndMetadata().get().keySet()
                    .forEach(tp -> topics.add(tp.topic()));
            assertThat(topics).containsExactly(JoinedHandlers.TOPIC_A, JoinedHandlers.TOPIC_B);
        }
    }

    @Test
    void shouldStartANewSharedGroupWhereTheHandlersOwnGroupsStopped() throws Exception {
        String seen = "PAT-SEEN-" + UUID.randomUUID();
        String marker = "PAT-MARK-" + UUID.randomUUID();
        // make sure the topic exists with the first event, then stop and rewrite history
        TestEvents.publish(JoinedHandlers.TOPIC_A, marker + "-warm", event(marker + "-warm"));
        await().atMost(Duration.ofSeconds(60)).until(() -> handled(marker + "-warm") == 1);

        consumers.stop();
        // an event the handler's own group consumed before the upgrade, and whose inbox row has since expired
        // one key for both, so one partition: the marker handled means everything before it was read or skipped
        TestEvents.publish(JoinedHandlers.TOPIC_A, "in-order", event(seen));
        String ownGroup = config.serviceName() + "." + JoinedHandlers.TOPIC_A;
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(List.of(JoinedHandlers.TOPIC_A)).allTopicNames().get().get(JoinedHandlers.TOPIC_A)
                    .partitions().forEach(p -> latest.put(new TopicPartition(JoinedHandlers.TOPIC_A, p.partition()),
                            OffsetSpec.latest()));
            Map<TopicPartition, OffsetAndMetadata> stoppedAt = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, info) -> stoppedAt.put(tp,
                    new OffsetAndMetadata(info.offset())));
            admin.alterConsumerGroupOffsets(ownGroup, stoppedAt).all().get();
            admin.deleteConsumerGroups(List.of(sharedGroup())).all().get(); // the shared group never existed
        }
        consumers.start();

        TestEvents.publish(JoinedHandlers.TOPIC_A, "in-order", event(marker));
        await().atMost(Duration.ofSeconds(60)).until(() -> handled(marker) == 1);
        assertThat(handled(seen)).as("read again from the earliest offset").isZero();
        assertThat(consumers.stopped()).isEmpty();
    }

    private String sharedGroup() {
        return config.serviceName() + "." + JoinedHandlers.SHARED;
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()));
    }

    private long handled(String patient) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from handled_event where patient_id = :p")
                .setParameter("p", patient).getSingleResult()).longValue());
    }

    private String inboxKeyOf(PatientBalanceChanged event) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select consumer from processed_event where event_id = :e")
                .setParameter("e", event.getEventId()).getSingleResult());
    }

    private static PatientBalanceChanged event(String patientId) {
        return PatientBalanceChanged.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(Instant.now())
                .setPatientId(patientId).setClaimId("").setEncounterId("").setChange(new BigDecimal("5.00"))
                .setNewBalance(new BigDecimal("5.00")).setReason("PATIENT_PAYMENT").build();
    }
}
