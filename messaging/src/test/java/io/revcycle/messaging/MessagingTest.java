package io.revcycle.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.testsupport.SharedInfrastructure;
import io.revcycle.testsupport.TestEvents;

/** The shared outbox and inbox on the real broker, registry and PostgreSQL. */
@QuarkusTest
@TestSecurity(user = "ops-1", roles = "billing-manager") // the admin endpoints' default role
@QuarkusTestResource(value = ProxiedInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "messaging_test"))
class MessagingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    @Inject
    EventOutbox outbox;

    @Inject
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void shouldDeadLetterAPermanentlyBadEventAtOnceAndApplyTheRestOfItsBatch() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String poisoned = "PAT-" + run + "-poison";
        List<String> good = IntStream.range(0, 12).mapToObj(i -> "PAT-" + run + "-" + i).toList();
        // one key, so all land on one partition, in order, and are polled together
        for (int i = 0; i < good.size(); i++) {
            if (i == 6) {
                TestEvents.publish(Topics.PATIENT_BALANCE_CHANGED, run, event(poisoned, RecordingHandler.POISON));
            }
            TestEvents.publish(Topics.PATIENT_BALANCE_CHANGED, run, event(good.get(i), "PATIENT_PAYMENT"));
        }

        await().atMost(WAIT).untilAsserted(() -> assertThat(handled(good)).isEqualTo(good.size()));
        ConsumerRecord<String, byte[]> letter = TestEvents.readRaw(Topics.deadLetterOf(Topics.PATIENT_BALANCE_CHANGED),
                WAIT, rs -> rs.stream().anyMatch(r -> run.equals(r.key()))).stream()
                .filter(r -> run.equals(r.key())).findFirst().orElseThrow();
        assertThat(header(letter, EventHeaders.DLQ_REASON)).isEqualTo("reason POISON can never be posted");
        assertThat(header(letter, EventHeaders.DLQ_EXCEPTION)).isEqualTo(PermanentEventException.class.getName());
        // dead-lettered on its first failure: no retries one by one
        assertThat(RecordingHandler.CALLS.get(poisoned).get()).isEqualTo(1);
        assertThat(handled(List.of(poisoned))).isZero();
    }

    @Test
    void shouldQuarantineAnOutboxRowThatCannotBePublishedAndLetOtherKeysFlowWhileItsKeyWaits() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String blockedKey = "KEY-" + run + "-blocked";
        String freeKey = "KEY-" + run + "-free";
        UUID waiting = UUID.randomUUID();
        UUID flowing = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            // a row whose bytes are not an event of its type: it can never be serialized
            em.createNativeQuery("insert into outbox_message (event_id, topic, message_key, event_type, payload) "
                    + "values (:e, :t, :k, :type, :p)")
                    .setParameter("e", UUID.randomUUID()).setParameter("t", Topics.PATIENT_BALANCE_CHANGED)
                    .setParameter("k", blockedKey).setParameter("type", PatientBalanceChanged.class.getName())
                    .setParameter("p", "not avro".getBytes(StandardCharsets.US_ASCII)).executeUpdate();
            outbox.publish(Topics.PATIENT_BALANCE_CHANGED, blockedKey, event(waiting, "PAT-" + run, "PATIENT_PAYMENT"));
            outbox.publish(Topics.PATIENT_BALANCE_CHANGED, freeKey, event(flowing, "PAT-" + run, "PATIENT_PAYMENT"));
        });

        TestEvents.awaitEvent(Topics.PATIENT_BALANCE_CHANGED, PatientBalanceChanged.class,
                e -> e.getEventId().equals(flowing), WAIT);
        given().get("/admin/outbox/quarantine").then().statusCode(200)
                .body("findAll { it.key == '" + blockedKey + "' }.size()", equalTo(1));
        assertThat(published(waiting)).as("a later row of the quarantined key waits behind it").isFalse();
        assertThat(published(flowing)).isTrue();
    }

    @Test
    void shouldListAndReplayADeadLetterOnceItsCauseIsFixedAndApplyItOnlyOnceHoweverOftenReplayed() {
        String patient = "PAT-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.publish(Topics.PATIENT_BALANCE_CHANGED, patient, event(patient, RecordingHandler.FIXABLE));
        String dlq = Topics.deadLetterOf(Topics.PATIENT_BALANCE_CHANGED);
        ConsumerRecord<String, byte[]> letter = TestEvents.readRaw(dlq, WAIT,
                rs -> rs.stream().anyMatch(r -> patient.equals(r.key()))).stream()
                .filter(r -> patient.equals(r.key())).findFirst().orElseThrow();
        given().get("/admin/dlq?topic=" + dlq).then().statusCode(200)
                .body("findAll { it.key == '" + patient + "' }.size()", equalTo(1))
                .body("find { it.key == '" + patient + "' }.reason", equalTo("reason FIXABLE is not configured yet"))
                .body("find { it.key == '" + patient + "' }.consumer",
                        equalTo("messaging-test." + Topics.PATIENT_BALANCE_CHANGED));
        String replay = "/admin/dlq/" + dlq + "/" + letter.partition() + "/" + letter.offset() + "/replay";

        RecordingHandler.fixed = true;
        given().post(replay).then().statusCode(200);
        await().atMost(WAIT).untilAsserted(() -> assertThat(handled(List.of(patient))).isEqualTo(1));
        given().post(replay).then().statusCode(200);
        String marker = "PAT-" + UUID.randomUUID().toString().substring(0, 8);
        TestEvents.publish(Topics.PATIENT_BALANCE_CHANGED, patient, event(marker, "PATIENT_PAYMENT"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(handled(List.of(marker))).isEqualTo(1));

        assertThat(handled(List.of(patient))).as("the second replay changes nothing").isEqualTo(1);
        assertThat(RecordingHandler.CALLS.get(patient).get()).as("failed once, applied once").isEqualTo(2);
        given().post("/admin/dlq/" + dlq + "/0/999999/replay").then().statusCode(404);
    }

    @Test
    void shouldRideOutADatabaseOutageWithoutDeadLettersAndApplyEveryEventExactlyOnce() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> patients = IntStream.range(0, 20).mapToObj(i -> "PAT-" + run + "-outage-" + i).toList();
        String dlq = Topics.deadLetterOf(Topics.PATIENT_BALANCE_CHANGED);

        ProxiedInfrastructure.database.cut();
        try {
            for (String p : patients) {
                TestEvents.publish(Topics.PATIENT_BALANCE_CHANGED, p, event(p, "PATIENT_PAYMENT"));
            }
            // the outage lasts a while: the consumers keep polling, failing on the database and backing off
            List<ConsumerRecord<String, byte[]>> letters = TestEvents.readRaw(dlq, Duration.ofSeconds(8), rs -> false);
            assertThat(letters).noneMatch(r -> patients.contains(r.key()));
        } finally {
            ProxiedInfrastructure.database.restore();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(handled(patients)).isEqualTo(20));
        assertThat(TestEvents.readRaw(dlq, Duration.ofSeconds(2), rs -> false))
                .noneMatch(r -> patients.contains(r.key()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from processed_event where event_id in (select event_id from handled_event "
                        + "where patient_id in (:p))").setParameter("p", patients).getSingleResult()).longValue()))
                .isEqualTo(20);
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        await().atMost(WAIT).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void shouldWaitForTheRegistryInsteadOfDeadLetteringEventsWhoseSchemaItCannotFetch() {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        // a schema version the consumers have never seen: decoding must fetch it from the registry
        org.apache.avro.Schema variant = new org.apache.avro.Schema.Parser().parse(PatientBalanceChanged.SCHEMA$
                .toString().replaceFirst("\"fields\":\\[", "\"fields\":[{\"name\":\"note_" + run
                        + "\",\"type\":[\"null\",\"string\"],\"default\":null},"));
        List<String> patients = IntStream.range(0, 5).mapToObj(i -> "PAT-" + run + "-registry-" + i).toList();
        String dlq = Topics.deadLetterOf(Topics.PATIENT_BALANCE_CHANGED);

        ProxiedInfrastructure.registry.cut();
        try {
            for (String p : patients) {
                org.apache.avro.generic.GenericRecord known = io.revcycle.events.AvroCodec.toGeneric(
                        event(p, "PATIENT_PAYMENT"));
                org.apache.avro.generic.GenericRecordBuilder b = new org.apache.avro.generic.GenericRecordBuilder(
                        variant);
                for (org.apache.avro.Schema.Field f : known.getSchema().getFields()) {
                    b.set(f.name(), known.get(f.name()));
                }
                TestEvents.publishGeneric(Topics.PATIENT_BALANCE_CHANGED, p, b.build());
            }
            List<ConsumerRecord<String, byte[]>> letters = TestEvents.readRaw(dlq, Duration.ofSeconds(8), rs -> false);
            assertThat(letters).noneMatch(r -> patients.contains(r.key()));
            assertThat(handled(patients)).isZero();
        } finally {
            ProxiedInfrastructure.registry.restore();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(handled(patients)).isEqualTo(5));
        assertThat(TestEvents.readRaw(dlq, Duration.ofSeconds(2), rs -> false))
                .noneMatch(r -> patients.contains(r.key()));
        assertThat(patients).allSatisfy(p -> assertThat(RecordingHandler.CALLS.get(p).get()).as(p).isEqualTo(1));
        await().atMost(WAIT).untilAsserted(() -> {
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        });
    }

    @Test
    void shouldRideOutABrokerOutageLongerThanTheCommitTimeoutAndApplyEveryEventExactlyOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> before = IntStream.range(0, 10).mapToObj(i -> "PAT-" + run + "-broker-before-" + i).toList();
        List<String> during = IntStream.range(0, 10).mapToObj(i -> "PAT-" + run + "-broker-during-" + i).toList();
        String dlq = Topics.deadLetterOf(Topics.PATIENT_BALANCE_CHANGED);
        for (String p : before) {
            // the last one is slow: the broker goes away while its batch is applied, before the offset commit
            TestEvents.publish(Topics.PATIENT_BALANCE_CHANGED, run,
                    event(p, p.equals(before.get(9)) ? RecordingHandler.SLOW : "PATIENT_PAYMENT"));
        }
        await().atMost(WAIT).until(() -> RecordingHandler.CALLS.containsKey(before.get(9)));
        double recreatedBefore = recreatedConsumers();

        assumeTrue(SharedInfrastructure.get().stopBroker(), "this infrastructure cannot stop and restart its broker");
        try {
            // the service keeps taking work while the broker is away: its events wait in the outbox
            QuarkusTransaction.requiringNew().run(() -> during.forEach(p -> outbox.publish(
                    Topics.PATIENT_BALANCE_CHANGED, p, event(p, "PATIENT_PAYMENT"))));
            // longer than the consumers' commit timeout (3 s in this test's configuration)
            Thread.sleep(10_000);
        } finally {
            SharedInfrastructure.get().startBroker();
        }

        List<String> all = new java.util.ArrayList<>(before);
        all.addAll(during);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(handled(all)).isEqualTo(20));
        assertThat(all).allSatisfy(p -> assertThat(RecordingHandler.CALLS.get(p).get()).as(p).isEqualTo(1));
        assertThat(TestEvents.readRaw(dlq, Duration.ofSeconds(2), rs -> false)).noneMatch(r -> all.contains(r.key()));
        // the slow batch's commit outlived the commit timeout: its consumer was replaced, its thread did not end
        assertThat(recreatedConsumers()).as("consumers recreated during the outage").isGreaterThan(recreatedBefore);
        await().atMost(WAIT).untilAsserted(() -> {
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        });
    }

    private double redoneBatches() {
        return meters.find("revcycle.events.concurrent.updates").counters().stream()
                .mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
    }

    private double recreatedConsumers() {
        return meters.find("revcycle.consumer.recreated").counters().stream()
                .mapToDouble(io.micrometer.core.instrument.Counter::count).sum();
    }

    @Test
    void shouldDeliverAtLeastOnceAndApplyOnceWhenTheRelayDiesBetweenSendAndMark() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String key = "RELAYKILL-" + run;
        List<String> patients = IntStream.range(0, 5).mapToObj(i -> "PAT-" + run + "-relay-" + i).toList();
        // the first time the relay marks a row of this key as sent, its transaction dies (a sequence is not rolled
        // back, so it dies once): the records are on the broker, the rows still unpublished, as after a kill there
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                create sequence relay_kill_%1$s;
                create function relay_kill_%1$s() returns trigger language plpgsql as $f$
                begin
                  if new.message_key = '%2$s' and old.published_at is null and new.published_at is not null then
                    if nextval('relay_kill_%1$s') = 1 then
                      raise exception 'relay killed between send and mark';
                    end if;
                  end if;
                  return new;
                end $f$;
                create trigger relay_kill_%1$s before update on outbox_message
                  for each row execute function relay_kill_%1$s();
                """.formatted(run, key)).executeUpdate());
        try {
            QuarkusTransaction.requiringNew().run(() -> patients.forEach(p -> outbox.publish(
                    Topics.PATIENT_BALANCE_CHANGED, key, event(p, "PATIENT_PAYMENT"))));

            await().atMost(WAIT).untilAsserted(() -> assertThat(handled(patients)).isEqualTo(5));
            List<ConsumerRecord<String, byte[]>> sent = TestEvents.readRaw(Topics.PATIENT_BALANCE_CHANGED, WAIT,
                    rs -> rs.stream().filter(r -> key.equals(r.key())).count() >= 10).stream()
                    .filter(r -> key.equals(r.key())).toList();
            assertThat(sent.stream().map(r -> header(r, EventHeaders.EVENT_ID)).distinct()).hasSize(5);
            assertThat(sent).as("each record was sent again after the relay died").hasSize(10);
            assertThat(patients).allSatisfy(p -> assertThat(RecordingHandler.CALLS.get(p).get()).as(p).isEqualTo(1));
            assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select count(*) from outbox_message where message_key = :k and published_at is not null")
                    .setParameter("k", key).getSingleResult()).longValue())).isEqualTo(5);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "drop trigger relay_kill_%1$s on outbox_message; drop function relay_kill_%1$s(); drop sequence relay_kill_%1$s"
                            .formatted(run)).executeUpdate());
        }
    }

    @Test
    void shouldWriteTheEventsHandlersPublishInAPollBatchInTheOrderTheyWerePublished() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> patients = IntStream.range(0, 40).mapToObj(i -> "PAT-" + run + "-fwd-" + i).toList();
        // one key: one partition, polled in a few batches; each handler publishes one event under run + "-next"
        patients.forEach(p -> TestEvents.publish(Topics.PATIENT_BALANCE_CHANGED, run,
                event(p, RecordingHandler.FORWARD_KEYED)));
        List<String> forwarded = patients.stream().map(p -> p + "-next").toList();

        await().atMost(WAIT).untilAsserted(() -> assertThat(handled(forwarded)).isEqualTo(forwarded.size()));
        // read from one partition in offset order, PHI opened with the test keys
        List<String> onTopic = TestEvents.awaitEvents(Topics.PATIENT_BALANCE_CHANGED, PatientBalanceChanged.class,
                e -> forwarded.contains(String.valueOf(e.getPatientId())), forwarded.size(), WAIT).stream()
                .map(e -> String.valueOf(e.getPatientId())).toList();
        assertThat(onTopic).as("per-key order is the order the handlers published in").containsExactlyElementsOf(forwarded);
        @SuppressWarnings("unchecked")
        List<Object> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select published_at is not null from outbox_message where message_key = :k order by id")
                .setParameter("k", run + "-next").getResultList());
        assertThat(rows).hasSize(forwarded.size()).containsOnly(Boolean.TRUE);
    }

    @Test
    void shouldRedoABatchThatLostARaceForARowAndApplyEachEventOnceWithoutDeadLetters() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> patients = IntStream.range(0, 10).mapToObj(i -> "PAT-" + run + "-race-" + i).toList();
        double redoneBefore = redoneBatches();
        // one key: one partition, polled together; every third event loses a race the first time it is handled
        for (int i = 0; i < patients.size(); i++) {
            TestEvents.publish(Topics.PATIENT_BALANCE_CHANGED, run,
                    event(patients.get(i), i % 3 == 0 ? RecordingHandler.CONTENDED : "PATIENT_PAYMENT"));
        }

        await().atMost(WAIT).untilAsserted(() -> assertThat(handled(patients)).isEqualTo(patients.size()));
        assertThat(patients).allSatisfy(p -> assertThat(handled(List.of(p))).as(p).isEqualTo(1));
        assertThat(RecordingHandler.CALLS.get(patients.get(0)).get()).as("handled again after the lost race")
                .isGreaterThanOrEqualTo(2);
        // redone as a whole batch, not left to the record-by-record fallback (which would also apply each once)
        assertThat(redoneBatches()).isGreaterThan(redoneBefore);
        List<ConsumerRecord<String, byte[]>> letters = TestEvents.readRaw(
                Topics.deadLetterOf(Topics.PATIENT_BALANCE_CHANGED), Duration.ofSeconds(3), rs -> false);
        assertThat(letters).noneMatch(r -> run.equals(r.key()));
    }

    @Test
    void shouldBeLiveAndReadyWhileConsumersMakeProgressAndReportLagAndBacklog() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("revcycle_consumer_lag{consumer=\"messaging-test." + Topics.PATIENT_BALANCE_CHANGED)
                .contains("revcycle_outbox_backlog").contains("revcycle_outbox_quarantined_rows");
    }

    private long handled(List<String> patients) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from handled_event where patient_id in (:p)")
                .setParameter("p", patients).getSingleResult()).longValue());
    }

    private boolean published(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> !em
                .createNativeQuery("select 1 from outbox_message where event_id = :e and published_at is not null")
                .setParameter("e", eventId).getResultList().isEmpty());
    }

    private static PatientBalanceChanged event(String patientId, String reason) {
        return event(UUID.randomUUID(), patientId, reason);
    }

    private static PatientBalanceChanged event(UUID id, String patientId, String reason) {
        return PatientBalanceChanged.newBuilder().setEventId(id).setOccurredAt(Instant.now())
                .setPatientId(patientId).setClaimId("").setEncounterId("").setChange(new BigDecimal("10.00"))
                .setNewBalance(new BigDecimal("10.00")).setReason(reason).build();
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
