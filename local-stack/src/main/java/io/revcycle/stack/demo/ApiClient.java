package io.revcycle.stack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** JSON over HTTP to the services, as any client of their public APIs: with a bearer token once logged in. */
public final class ApiClient {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final HttpClient http;
    private final Supplier<String> token;
    private final ResponseTally responses;

    /** Anonymous: only /q/health and the like answer. */
    public ApiClient() {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), null, new ResponseTally());
    }

    private ApiClient(HttpClient http, Supplier<String> token, ResponseTally responses) {
        this.http = http;
        this.token = token;
        this.responses = responses;
    }

    /**
     * The same client calling as whoever {@code token} supplies an access token for (fetched per request); its
     * answers are counted with this client's.
     */
    public ApiClient as(Supplier<String> token) {
        return new ApiClient(http, token, responses);
    }

    /** Every answer this client and its {@link #as} copies got so far, by status. */
    public ResponseTally.Snapshot responses() {
        return responses.snapshot();
    }

    /** The service could not be reached, or answered 5xx: worth asking again later. */
    public static final class Unavailable extends IllegalStateException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public record Reply(int status, JsonNode body) {
        public boolean ok() {
            return status / 100 == 2;
        }
    }

    public Reply get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    public Reply post(String url, Object body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    public Reply put(String url, Object body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))));
    }

    public Reply patch(String url, Object body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(write(body))));
    }

    private Reply send(HttpRequest.Builder request) {
        if (token != null) {
            request.setHeader("Authorization", "Bearer " + token.get());
        }
        IOException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> r;
            try {
                r = http.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                responses.unanswered();
                last = e; // a service restarting: try again shortly
                sleep(500L * (attempt + 1));
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            JsonNode body = body(r);
            responses.answered(built.method(), built.uri(), r.statusCode(),
                    r.headers().firstValue("Retry-After").isPresent(), body.path("title").asText(null));
            return new Reply(r.statusCode(), body);
        }
        throw new Unavailable("request failed: " + last, last);
    }

    /** The JSON answer; a body that is not JSON (a proxy's or the server's own error page) as a text node. */
    private static JsonNode body(HttpResponse<String> r) {
        if (r.body() == null || r.body().isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(r.body());
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
