package io.revcycle.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void shouldTreatPoolTimeoutsLostConnectionsAndShutdownsAsDatabaseOutages() {
        assertThat(Failures.isDatabaseOutage(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))))
                .isTrue();
        assertThat(Failures.isDatabaseOutage(new SQLException("connection refused", "08001"))).isTrue();
        assertThat(Failures.isDatabaseOutage(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(Failures.isDatabaseOutage(new SQLException("too many clients", "53300"))).isTrue();
    }

    @Test
    void shouldNotTreatBadDataAsAnOutage() {
        assertThat(Failures.isOutage(new SQLException("value too long for type character varying(20)", "22001")))
                .isFalse();
        assertThat(Failures.isOutage(new IllegalArgumentException("claim has no lines"))).isFalse();
        assertThat(Failures.isOutage(new PermanentEventException("bad"))).isFalse();
    }

    @Test
    void shouldRecogniseALostRaceForARowAsAConcurrentUpdateAndNotAsAnOutage() {
        RuntimeException lost = new RuntimeException("batch failed",
                new jakarta.persistence.OptimisticLockException("row changed", new org.hibernate.StaleObjectStateException(
                        "Claim", "CLM-1")));
        assertThat(Failures.isConcurrentUpdate(lost)).isTrue();
        assertThat(Failures.isConcurrentUpdate(new SQLException("could not serialize access", "40001"))).isTrue();
        assertThat(Failures.isOutage(lost)).isFalse();
        assertThat(Failures.isConcurrentUpdate(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(Failures.isConcurrentUpdate(new IllegalStateException("claim cannot move"))).isFalse();
    }

    @Test
    void shouldTreatAnUnreachableRegistryOrBrokerAsANetworkOutage() {
        assertThat(Failures.isNetworkOutage(new IllegalStateException("fetch schema",
                new ConnectException("Connection refused")))).isTrue();
        assertThat(Failures.isNetworkOutage(new org.apache.kafka.common.errors.TimeoutException("metadata")))
                .isTrue();
        // what the registry client threw when the registry went away mid-test
        assertThat(Failures.isNetworkOutage(new RuntimeException(new java.util.concurrent.ExecutionException(
                new io.vertx.core.http.HttpClosedException("Connection was closed"))))).isTrue();
    }

    @Test
    void shouldFindAPermanentFailureAnywhereInTheChain() {
        PermanentEventException p = new PermanentEventException("unknown claim");
        assertThat(Failures.permanent(new RuntimeException(new RuntimeException(p)))).contains(p);
        assertThat(Failures.permanent(new RuntimeException("other"))).isEmpty();
    }
}
