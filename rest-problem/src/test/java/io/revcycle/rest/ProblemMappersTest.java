package io.revcycle.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import javax.transaction.xa.XAException;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void shouldAnswer503WithRetryAfterWhileTheDatabaseIsUnreachable() {
        // how Hibernate hands up Agroal's pool timeout and a refused connection while PostgreSQL is stopped
        RuntimeException poolTimeout = new RuntimeException("could not prepare statement",
                new SQLException("Acquisition timeout while waiting for new connection"));
        RuntimeException refused = new IllegalStateException(new SQLException("Connection refused", "08001"));
        // a commit whose connection died (the chaos run saw it as a 500): Arc's wrapper around Narayana's
        // RollbackException, whose suppressed XAException holds pgjdbc's I/O error
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        XAException commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        rollback.addSuppressed(commit);
        RuntimeException failedCommit = new RuntimeException("Error invoking subclass method", rollback);

        for (Exception outage : new Exception[] {poolTimeout, refused, failedCommit}) {
            Response response = mappers.unexpected(outage, null);
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
            assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
            assertThat(((Problem) response.getEntity()).detail()).contains("nothing was changed");
        }
    }

    @Test
    void shouldStillAnswer500ForAFaultThatIsNotAnOutage() {
        Response constraint = mappers.unexpected(new RuntimeException(
                new SQLException("value too long for type character varying(20)", "22001")), null);
        assertThat(constraint.getStatus()).isEqualTo(500);
        assertThat(mappers.unexpected(new IllegalStateException("bug"), null).getStatus()).isEqualTo(500);
    }
}
