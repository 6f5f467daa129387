package io.revcycle.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;

/**
 * A minimal OTLP/HTTP (protobuf) trace collector on loopback: the services export their spans to it as they would
 * to a real collector, and the test reads what arrived.
 */
final class OtlpTraceReceiver implements AutoCloseable {

    /** One exported span, reduced to what the tests look at. */
    record ExportedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
            List<String> linkedSpanIds, List<String> linkedTraceIds) {
    }

    private static final HexFormat HEX = HexFormat.of();

    private final HttpServer server;
    private final ConcurrentLinkedQueue<ExportedSpan> spans = new ConcurrentLinkedQueue<>();

    OtlpTraceReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::receive);
        server.start();
    }

    /** The endpoint to give {@code quarkus.otel.exporter.otlp.traces.endpoint}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<ExportedSpan> spans() {
        return new ArrayList<>(spans);
    }

    /** Forgets what arrived so far: a test that checks whole traces starts from its own encounters' spans. */
    void clear() {
        spans.clear();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod()) || !exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body.readAllBytes());
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = resource.getResource().getAttributesList().stream()
                        .filter(a -> a.getKey().equals("service.name")).map(KeyValue::getValue)
                        .map(v -> v.getStringValue()).findFirst().orElse("?");
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    for (io.opentelemetry.proto.trace.v1.Span s : scope.getSpansList()) {
                        spans.add(new ExportedSpan(service, hex(s.getTraceId().toByteArray()),
                                hex(s.getSpanId().toByteArray()), hex(s.getParentSpanId().toByteArray()), s.getName(),
                                s.getLinksList().stream().map(l -> hex(l.getSpanId().toByteArray())).toList(),
                                s.getLinksList().stream().map(l -> hex(l.getTraceId().toByteArray())).toList()));
                    }
                }
            }
            byte[] response = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, response.length == 0 ? -1 : response.length);
            if (response.length > 0) {
                exchange.getResponseBody().write(response);
            }
        }
    }

    private static String hex(byte[] bytes) {
        return bytes.length == 0 ? "" : HEX.formatHex(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
