package io.revcycle.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.messaging.tracing.EventTracing;
import io.revcycle.testsupport.TestEvents;

/** One trace from a publisher through the outbox, the relay and the inbox, and on through the handler's outbox. */
@QuarkusTest
@QuarkusTestResource(value = ProxiedInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "messaging_test"))
class TracingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");

    @Inject
    EntityManager em;

    @Inject
    EventOutbox outbox;

    @Inject
    Tracer tracer;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void shouldContinueThePublishersTraceInTheConsumerAndThroughWhatTheHandlerPublishesOnward() {
        String patient = "PAT-" + UUID.randomUUID().toString().substring(0, 8);
        UUID first = UUID.randomUUID();
        Span root = tracer.spanBuilder("register payment").startSpan();
        try (Scope ignored = root.makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(Topics.PATIENT_BALANCE_CHANGED, patient,
                    event(first, patient, RecordingHandler.FORWARD)));
        } finally {
            root.end();
        }
        String traceId = root.getSpanContext().getTraceId();

        SpanData firstHop = await().atMost(WAIT).until(() -> consumerSpan(first), Optional::isPresent).orElseThrow();
        UUID second = handledEventOf(patient + "-next");
        SpanData secondHop = await().atMost(WAIT).until(() -> consumerSpan(second), Optional::isPresent).orElseThrow();

        assertThat(storedTraceparent(first)).contains(traceId).contains(root.getSpanContext().getSpanId());
        assertThat(firstHop.getTraceId()).isEqualTo(traceId);
        assertThat(ancestors(firstHop)).extracting(SpanData::getSpanId).contains(root.getSpanContext().getSpanId());
        SpanData publish = byId().get(firstHop.getParentSpanId());
        assertThat(publish.getKind()).isEqualTo(SpanKind.PRODUCER);
        assertThat(publish.getAttributes().get(MESSAGE_ID)).isEqualTo(first.toString());
        assertThat(firstHop.getAttributes().asMap()).containsEntry(AttributeKey.stringKey("messaging.system"), "kafka")
                .containsEntry(AttributeKey.stringKey("messaging.destination.name"), Topics.PATIENT_BALANCE_CHANGED)
                .containsEntry(AttributeKey.stringKey("messaging.consumer.group.name"),
                        "messaging-test." + Topics.PATIENT_BALANCE_CHANGED);
        assertThat(firstHop.getAttributes().asMap().values()).as("ids only, never payload values")
                .noneMatch(v -> v.toString().contains(patient));
        assertThat(secondHop.getTraceId()).as("the event the handler published carries the trace on")
                .isEqualTo(traceId);
        assertThat(ancestors(secondHop)).extracting(SpanData::getSpanId)
                .contains(firstHop.getSpanId(), root.getSpanContext().getSpanId());
    }

    @Test
    void shouldStartANewTraceForARecordWithoutTraceparent() {
        String patient = "PAT-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = UUID.randomUUID();
        TestEvents.publish(Topics.PATIENT_BALANCE_CHANGED, patient, event(id, patient, "PATIENT_PAYMENT"));

        SpanData hop = await().atMost(WAIT).until(() -> consumerSpan(id), Optional::isPresent).orElseThrow();

        assertThat(hop.getParentSpanContext().isValid()).isFalse();
        assertThat(hop.getSpanContext().isValid()).isTrue();
        assertThat(handledEventOf(patient)).isEqualTo(id);
    }

    @Test
    void shouldKeepTheTraceparentOnADeadLetter() {
        String patient = "PAT-" + UUID.randomUUID().toString().substring(0, 8);
        Span root = tracer.spanBuilder("post a bad adjustment").startSpan();
        try (Scope ignored = root.makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(Topics.PATIENT_BALANCE_CHANGED, patient,
                    event(UUID.randomUUID(), patient, RecordingHandler.POISON)));
        } finally {
            root.end();
        }

        ConsumerRecord<String, byte[]> letter = TestEvents.readRaw(Topics.deadLetterOf(Topics.PATIENT_BALANCE_CHANGED),
                WAIT, rs -> rs.stream().anyMatch(r -> patient.equals(r.key()))).stream()
                .filter(r -> patient.equals(r.key())).findFirst().orElseThrow();
        var traceparent = letter.headers().lastHeader(EventTracing.TRACEPARENT);
        assertThat(traceparent).isNotNull();
        assertThat(new String(traceparent.value(), StandardCharsets.UTF_8))
                .contains(root.getSpanContext().getTraceId());
    }

    private Optional<SpanData> consumerSpan(UUID eventId) {
        return spans.getFinishedSpanItems().stream()
                .filter(s -> s.getKind() == SpanKind.CONSUMER && eventId.toString().equals(s.getAttributes().get(MESSAGE_ID)))
                .findFirst();
    }

    private Map<String, SpanData> byId() {
        return spans.getFinishedSpanItems().stream()
                .collect(Collectors.toMap(SpanData::getSpanId, Function.identity(), (a, b) -> a));
    }

    /** The span's exported ancestors, nearest first. */
    private List<SpanData> ancestors(SpanData span) {
        Map<String, SpanData> all = byId();
        List<SpanData> chain = new java.util.ArrayList<>();
        for (SpanData s = all.get(span.getParentSpanId()); s != null; s = all.get(s.getParentSpanId())) {
            chain.add(s);
        }
        return chain;
    }

    private UUID handledEventOf(String patient) {
        return await().atMost(WAIT).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            List<?> ids = em.createNativeQuery("select event_id from handled_event where patient_id = :p")
                    .setParameter("p", patient).getResultList();
            return ids.isEmpty() ? null : (UUID) ids.get(0);
        }), java.util.Objects::nonNull);
    }

    private String storedTraceparent(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select traceparent from outbox_message where event_id = :e")
                .setParameter("e", eventId).getSingleResult());
    }

    private static PatientBalanceChanged event(UUID id, String patientId, String reason) {
        return PatientBalanceChanged.newBuilder().setEventId(id).setOccurredAt(Instant.now())
                .setPatientId(patientId).setClaimId("").setEncounterId("").setChange(new BigDecimal("10.00"))
                .setNewBalance(new BigDecimal("10.00")).setReason(reason).build();
    }
}
