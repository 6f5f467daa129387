package io.revcycle.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

class ApiClientTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/ok", x -> answer(x, 200, "{\"claims\":1}", Map.of()));
        server.createContext("/outage", x -> answer(x, 503,
                "{\"title\":\"Service Unavailable\",\"detail\":\"try again\"}", Map.of("Retry-After", "5")));
        server.createContext("/bare-outage", x -> answer(x, 503, "", Map.of()));
        server.createContext("/bug", x -> answer(x, 500,
                "{\"title\":\"Internal Server Error\",\"detail\":\"Jane Roe's claim\"}", Map.of()));
        server.createContext("/page", x -> answer(x, 502, "<html>Bad Gateway</html>", Map.of()));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void shouldCountEveryAnswerByStatusAcrossTheClientsCopies() {
        ApiClient client = new ApiClient();
        ApiClient coder = client.as(() -> "token");

        assertThat(client.get(base + "/ok").body().path("claims").asInt()).isEqualTo(1);
        coder.post(base + "/ok", Map.of("a", 1));
        coder.get(base + "/outage");
        coder.get(base + "/bare-outage");
        client.put(base + "/bug?memberId=M1", Map.of());
        ApiClient.Reply page = client.get(base + "/page");

        assertThat(page.status()).isEqualTo(502);
        assertThat(page.body().asText()).contains("Bad Gateway"); // not JSON: the text, not a retry
        ResponseTally.Snapshot answers = client.responses();
        assertThat(answers.byStatus()).containsExactly(Map.entry(200, 2L), Map.entry(500, 1L), Map.entry(502, 1L),
                Map.entry(503, 2L));
        assertThat(answers.unavailableWithoutRetryAfter()).isOne();
        assertThat(answers.serverErrorsBut503()).containsOnlyKeys(500, 502);
        // the request line and the problem's title only: no query string, no detail (either may hold PHI)
        assertThat(answers.serverErrors()).containsExactly("PUT /bug → 500 Internal Server Error", "GET /page → 502");
        assertThat(coder.responses()).isEqualTo(answers);
    }

    private static void answer(HttpExchange x, int status, String body, Map<String, String> headers)
            throws IOException {
        x.getRequestBody().readAllBytes();
        headers.forEach((k, v) -> x.getResponseHeaders().add(k, v));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            x.getResponseBody().write(bytes);
        }
        x.close();
    }
}
