package io.revcycle.messaging.tracing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jboss.logging.MDC;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.revcycle.messaging.EventHeaders;

/**
 * W3C trace context across the outbox and the inbox. The publisher's context is stored with the outbox row, the relay
 * sends it as the {@code traceparent} header under a PRODUCER span, and the consumer runs the handler in a CONSUMER
 * span that continues it, so whatever the handler publishes carries the same trace id onward. Span attributes and
 * the MDC carry ids only, never payload values (events carry PHI).
 */
@ApplicationScoped
public class EventTracing {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    /** MDC keys while a handler runs (traceId/spanId are the keys Quarkus uses for HTTP requests too). */
    public static final String MDC_EVENT_ID = "eventId";
    public static final String MDC_TRACE_ID = "traceId";
    public static final String MDC_SPAN_ID = "spanId";
    /** The widest tracestate the outbox column holds; W3C asks to propagate at least 512 characters. */
    public static final int MAX_TRACESTATE = 512;

    static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
    static final AttributeKey<String> GROUP = AttributeKey.stringKey("messaging.consumer.group.name");
    static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
    static final AttributeKey<Long> PARTITION = AttributeKey.longKey("messaging.destination.partition.id");
    static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
            List<String> keys = new ArrayList<>();
            for (Header h : carrier) {
                keys.add(h.key());
            }
            return keys;
        }

        @Override
        public String get(Headers carrier, String key) {
            return carrier == null ? null : EventHeaders.get(carrier, key);
        }
    };

    private final Tracer tracer;

    public EventTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The caller's trace context to store with an outbox row: {traceparent, tracestate}, nulls outside a trace. */
    public String[] currentContext() {
        if (!Span.current().getSpanContext().isValid()) {
            return new String[2];
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(Context.current(), carrier, Map::put);
        String state = carrier.get(TRACESTATE);
        return new String[] { carrier.get(TRACEPARENT),
                state == null || state.isEmpty() || state.length() > MAX_TRACESTATE ? null : state };
    }

    /**
     * One PRODUCER span per published record, child of the context stored with its row (a new trace when there is
     * none), and the record's {@code traceparent} names it. A span per batch linked to the rows would cut every trace
     * at the relay (the consumer's parent would be the batch, in another trace); per record keeps the chain
     * publisher → publish → process connected. Unsampled spans cost next to nothing.
     */
    public Span startPublish(String topic, UUID eventId, String traceparent, String tracestate, Headers headers) {
        Context parent = stored(traceparent, tracestate);
        Span span = tracer.spanBuilder("publish " + topic).setSpanKind(SpanKind.PRODUCER).setParent(parent)
                .setAttribute(SYSTEM, "kafka").setAttribute(DESTINATION, topic).setAttribute(OPERATION, "publish")
                .setAttribute(MESSAGE_ID, eventId.toString()).startSpan();
        W3C.inject(parent.with(span), headers, (h, k, v) -> EventHeaders.put(h, k, v));
        return span;
    }

    /** The caller's {@code traceparent}, to keep with a business row whose later events continue the trace. */
    public String currentTraceparent() {
        return currentContext()[0];
    }

    /**
     * Continues a trace kept with a business row (see {@link #currentTraceparent()}): events published inside the scope
     * belong to it. For work done later, away from the event that started it, such as a claim sent in a batch job.
     */
    public Scope resume(String traceparent) {
        if (traceparent == null) {
            return Scope.noop();
        }
        return stored(traceparent, null).makeCurrent();
    }

    /**
     * A span for one unit of work done for many traced items at once (an 837 interchange of many claims): a trace of
     * its own, linked to each item's trace, as the OpenTelemetry messaging conventions do for batches. Make it current
     * while the work publishes, and end it.
     */
    public Span startBatch(String name, Collection<String> traceparents) {
        SpanBuilder builder = tracer.spanBuilder(name).setSpanKind(SpanKind.INTERNAL)
                .setNoParent();
        for (String traceparent : traceparents) {
            if (traceparent != null) {
                SpanContext linked = Span.fromContext(stored(traceparent, null)).getSpanContext();
                if (linked.isValid()) {
                    builder.addLink(linked);
                }
            }
        }
        return builder.startSpan();
    }

    /** A context kept as W3C strings (an outbox row, a business row); the root context when there is none. */
    private static Context stored(String traceparent, String tracestate) {
        if (traceparent == null) {
            return Context.root();
        }
        Map<String, String> carrier = new HashMap<>(2);
        carrier.put(TRACEPARENT, traceparent);
        if (tracestate != null) {
            carrier.put(TRACESTATE, tracestate);
        }
        return W3C.extract(Context.root(), carrier, MAP);
    }

    public static void failed(Span span, Throwable failure) {
        // the type only: exception messages (SQL errors quoting values) may carry PHI
        span.setStatus(StatusCode.ERROR, failure.getClass().getName());
        span.setAttribute(ERROR_TYPE, failure.getClass().getName());
    }

    /**
     * Runs a handler in a CONSUMER span continuing the record's {@code traceparent} (a new trace without one), with
     * the event id, trace id and span id in the logging MDC.
     */
    public void process(ConsumerRecord<String, byte[]> record, String consumerGroup, UUID eventId, Runnable handler) {
        Context parent = W3C.extract(Context.root(), record.headers(), HEADERS);
        Span span = tracer.spanBuilder("process " + record.topic()).setSpanKind(SpanKind.CONSUMER).setParent(parent)
                .setAttribute(SYSTEM, "kafka").setAttribute(DESTINATION, record.topic())
                .setAttribute(OPERATION, "process").setAttribute(GROUP, consumerGroup)
                .setAttribute(MESSAGE_ID, eventId.toString()).setAttribute(PARTITION, (long) record.partition())
                .setAttribute(OFFSET, record.offset()).startSpan();
        SpanContext context = span.getSpanContext();
        try (Scope ignored = span.makeCurrent()) {
            MDC.put(MDC_EVENT_ID, eventId.toString());
            MDC.put(MDC_TRACE_ID, context.getTraceId());
            MDC.put(MDC_SPAN_ID, context.getSpanId());
            handler.run();
        } catch (RuntimeException | Error e) {
            failed(span, e);
            throw e;
        } finally {
            MDC.remove(MDC_EVENT_ID);
            MDC.remove(MDC_TRACE_ID);
            MDC.remove(MDC_SPAN_ID);
            span.end();
        }
    }
}
