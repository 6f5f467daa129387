package io.revcycle.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.revcycle.messaging.logging.PhiRedactor;

/**
 * A real PostgreSQL unique violation on a member id, logged with its stack trace the way a service would (and by
 * Hibernate itself): the log file, written through the filter every service gets from messaging's defaults, keeps
 * the constraint and column but never the member id.
 */
@QuarkusTest
@QuarkusTestResource(value = ProxiedInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "messaging_test"))
class PhiRedactionLogTest {

    private static final Logger LOG = Logger.getLogger(PhiRedactionLogTest.class);
    private static final Path LOG_FILE = Path.of("target/messaging-test.log");

    @Inject
    EntityManager em;

    @Test
    void shouldLogAUniqueViolationOnAMemberIdWithoutTheMemberId() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String memberId = "MBRX" + run.toUpperCase();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "create table if not exists phi_log_probe (member_id text primary key, last_name text not null)")
                .executeUpdate());
        insert(memberId, "Zebulon" + run);

        assertThatThrownBy(() -> insert(memberId, "Zebulon" + run)).satisfies(e -> {
            assertThat(rootMessage(e)).as("the exception itself is untouched").contains(memberId);
            LOG.errorf(e, "probe %s: could not record the coverage", run);
        });
        assertThatThrownBy(() -> insertNullName("MBRN" + run));
        LOG.infof("probe %s: done; 837 segment NM1*IL*1*ZEBULON%s*JANE****MI*%s~", run, run, memberId);

        await().atMost(Duration.ofSeconds(30)).until(() -> read().contains("probe " + run + ": done"));
        String logged = read();
        assertThat(logged).contains("probe " + run + ": could not record the coverage")
                .contains("Key (member_id)=(" + PhiRedactor.REDACTED + ") already exists")
                .contains("Caused by: org.postgresql.util.PSQLException")
                .contains("NM1*" + PhiRedactor.REDACTED)
                .doesNotContain(memberId).doesNotContain("Zebulon" + run).doesNotContain("ZEBULON" + run)
                .doesNotContain("MBRN" + run);
    }

    private void insert(String memberId, String lastName) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into phi_log_probe (member_id, last_name) values (:m, :n)")
                .setParameter("m", memberId).setParameter("n", lastName).executeUpdate());
    }

    private void insertNullName(String memberId) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into phi_log_probe (member_id, last_name) values (:m, null)")
                .setParameter("m", memberId).executeUpdate());
    }

    private static String rootMessage(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static String read() throws Exception {
        return Files.exists(LOG_FILE) ? Files.readString(LOG_FILE, StandardCharsets.UTF_8) : "";
    }
}
