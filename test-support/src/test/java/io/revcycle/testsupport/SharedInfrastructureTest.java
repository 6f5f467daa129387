package io.revcycle.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.revcycle.events.PatientBalanceChanged;
import io.revcycle.stack.PostgresMode;
import io.revcycle.stack.Settings;

/** The infrastructure every service test gets, end to end: a database, and an Avro event through the registry. */
class SharedInfrastructureTest {

    private static final String TOPIC = "revcycle.test-support.self-check";

    @Test
    void shouldServeAFreshDatabaseAndCarryEventsThroughTheRegistry() throws Exception {
        SharedInfrastructure infra = SharedInfrastructure.get();
        assertThat(SharedInfrastructure.get()).isSameAs(infra);
        assertThat(infra.mode()).isEqualTo(InfrastructureMode.configured());
        assertThat(infra.registryUrl()).endsWith("/apis/registry/v2");

        infra.postgres().createDatabase("self_check");
        try (Connection c = DriverManager.getConnection(infra.postgres().jdbcUrl("self_check"),
                infra.postgres().user(), infra.postgres().password());
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("self_check");
        }

        String patientId = "PAT-" + UUID.randomUUID();
        TestEvents.publishRaw(TOPIC, patientId, "not avro".getBytes()); // readers skip poison records
        TestEvents.publish(TOPIC, patientId, PatientBalanceChanged.newBuilder()
                .setEventId(UUID.randomUUID()).setOccurredAt(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                .setPatientId(patientId).setClaimId("").setEncounterId("")
                .setChange(new BigDecimal("-12.30")).setNewBalance(new BigDecimal("87.70"))
                .setReason("PATIENT_PAYMENT").setPaymentId("PAY-1").build());
        PatientBalanceChanged read = TestEvents.awaitEvent(TOPIC, PatientBalanceChanged.class,
                e -> e.getPatientId().equals(patientId), Duration.ofSeconds(30));
        assertThat(read.getNewBalance()).isEqualTo(new BigDecimal("87.70"));
        assertThat(read.getPaymentId()).isEqualTo("PAY-1");
    }

    @Test
    void shouldRunThePostgresChosenByTheSetting() {
        SharedInfrastructure infra = SharedInfrastructure.get();
        String kind = infra.postgres().kind();
        if (infra.mode() == InfrastructureMode.CONTAINERS) {
            assertThat(kind).startsWith("container");
            return;
        }
        // -DREVCYCLE_POSTGRES=... on the ./mvnw command line must reach this forked JVM
        switch (PostgresMode.parse(Settings.get(PostgresMode.SETTING))) {
            case EMBEDDED -> assertThat(kind).isEqualTo("embedded");
            case SYSTEM -> assertThat(kind).startsWith("system");
            case AUTO -> assertThat(kind).matches("system .*|embedded");
        }
    }
}
