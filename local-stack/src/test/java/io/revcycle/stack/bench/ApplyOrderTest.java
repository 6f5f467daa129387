package io.revcycle.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.revcycle.stack.PostgresServer;
import io.revcycle.stack.ServiceApp;
import io.revcycle.stack.bench.EventTimeline.Position;

class ApplyOrderTest {

    private static PostgresServer postgres;

    @BeforeAll
    static void startDatabases() throws Exception {
        postgres = PostgresServer.start(0, null);
        for (ServiceApp app : ServiceApp.values()) {
            postgres.createDatabase(app.database);
            sql(app, "create table processed_event (consumer varchar(200) not null, event_id uuid not null,"
                    + " processed_at timestamptz not null default now(), primary key (consumer, event_id))");
        }
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Test
    void shouldCountALaterOffsetOfAPartitionAppliedBeforeAnEarlierOneAndNothingElse() throws Exception {
        EventTimeline timeline = new EventTimeline();
        String first = event(timeline, "revcycle.claim.submitted", 0, 10);
        String second = event(timeline, "revcycle.claim.submitted", 0, 11);
        String third = event(timeline, "revcycle.claim.submitted", 0, 12);
        String otherPartition = event(timeline, "revcycle.claim.submitted", 1, 13);
        // remittance applied CLM-1's offsets 10, 11 in one batch (one timestamp) and 12 after: in order
        applied(ServiceApp.REMITTANCE, "remittance.claims", first, "2026-12-07 10:00:00");
        applied(ServiceApp.REMITTANCE, "remittance.claims", second, "2026-12-07 10:00:00");
        applied(ServiceApp.REMITTANCE, "remittance.claims", third, "2026-12-07 10:00:01");
        // another partition: no order with the first
        applied(ServiceApp.REMITTANCE, "remittance.claims", otherPartition, "2026-12-07 09:00:00");
        applied(ServiceApp.PATIENT_BILLING, "billing.claims", first, "2026-12-07 10:00:05");
        applied(ServiceApp.PATIENT_BILLING, "billing.claims", second, "2026-12-07 10:00:06");
        applied(ServiceApp.REMITTANCE, "remittance.claims", UUID.randomUUID().toString(), "2026-12-07 08:00:00");

        assertThat(ApplyOrder.check(timeline, postgres)).isEqualTo(new BenchReport.ApplyOrder(6, 3, 0));

        // billing applied offset 12 before 11 (a second instance that ran ahead): one out of order
        applied(ServiceApp.PATIENT_BILLING, "billing.claims", third, "2026-12-07 10:00:04");
        assertThat(ApplyOrder.check(timeline, postgres)).isEqualTo(new BenchReport.ApplyOrder(7, 3, 1));
    }

    @Test
    void shouldJudgeAnEventPublishedTwiceByItsFirstCopy() throws Exception {
        EventTimeline timeline = new EventTimeline();
        String resent = event(timeline, "revcycle.encounter.documented", 2, 323);
        String between = event(timeline, "revcycle.encounter.documented", 2, 324);
        // the relay resent the first event after a crash: offset 325 carries the same event id, the inbox skips it
        timeline.published(resent, new Position("revcycle.encounter.documented", 2, 325));
        applied(ServiceApp.CODING, "coding.documented", resent, "2026-12-07 11:00:00");
        applied(ServiceApp.CODING, "coding.documented", between, "2026-12-07 11:00:01");

        assertThat(ApplyOrder.check(timeline, postgres)).isEqualTo(new BenchReport.ApplyOrder(2, 1, 0));
    }

    private static String event(EventTimeline timeline, String topic, int partition, long offset) {
        String id = UUID.randomUUID().toString();
        timeline.published(id, new Position(topic, partition, offset));
        return id;
    }

    private static void applied(ServiceApp app, String consumer, String eventId, String at) throws Exception {
        sql(app, "insert into processed_event values ('" + consumer + "', '" + eventId + "', '" + at + "+00')");
    }

    private static void sql(ServiceApp app, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(app.database), postgres.user(),
                postgres.password()); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
