package io.revcycle.messaging;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

import io.revcycle.rest.DatabaseOutage;

/**
 * The one place that decides whether a failure is a passing outage (database, broker or registry unreachable: pause
 * and retry, never dead-letter, never commit past it) or something about the event itself.
 */
public final class Failures {

    private Failures() {
    }

    /** The database cannot be used right now: connection lost or refused, server shutting down, pool exhausted. */
    public static boolean isDatabaseOutage(Throwable t) {
        return DatabaseOutage.causes(t);
    }

    /** A remote service (the schema registry, the broker) could not be reached or did not answer in time. */
    public static boolean isNetworkOutage(Throwable t) {
        for (Throwable c : chain(t)) {
            if (c instanceof java.net.ConnectException || c instanceof java.net.SocketTimeoutException
                    || c instanceof java.net.UnknownHostException || c instanceof java.net.http.HttpTimeoutException
                    || c instanceof java.net.SocketException
                    || c instanceof org.apache.kafka.common.errors.TimeoutException
                    || (c instanceof IOException && !(c instanceof java.io.EOFException)
                            && !(c instanceof java.io.CharConversionException))) {
                return true;
            }
            // the registry client runs on Vert.x/Netty: a dropped or refused connection surfaces as their types
            String type = c.getClass().getName();
            if (type.equals("io.vertx.core.http.HttpClosedException")
                    || type.equals("io.netty.channel.ConnectTimeoutException")
                    || type.startsWith("io.netty.channel.AbstractChannel$AnnotatedConnectException")) {
                return true;
            }
            String message = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("connection refused") || message.contains("connection reset")
                    || message.contains("connection was closed")
                    || message.contains("503 service unavailable") || message.contains("status code 503")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Another transaction changed the same row first (a versioned entity's update matched no row, or PostgreSQL's
     * serialization failure 40001 / deadlock 40P01): nothing is wrong with the event; running it again on fresh state
     * succeeds.
     */
    public static boolean isConcurrentUpdate(Throwable t) {
        for (Throwable c : chain(t)) {
            if (c instanceof jakarta.persistence.OptimisticLockException
                    || c instanceof org.hibernate.StaleStateException) {
                return true;
            }
            if (c instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                    || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    public static boolean isOutage(Throwable t) {
        return isDatabaseOutage(t) || isNetworkOutage(t);
    }

    public static Optional<PermanentEventException> permanent(Throwable t) {
        for (Throwable c : chain(t)) {
            if (c instanceof PermanentEventException p) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static Iterable<Throwable> chain(Throwable t) {
        return DatabaseOutage.chain(t);
    }
}
