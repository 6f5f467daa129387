package io.revcycle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.revcycle.stack.LocalStack;
import io.revcycle.stack.ProjectLayout;
import io.revcycle.stack.ServiceApp;
import io.revcycle.stack.demo.ApiClient;

/**
 * The bad-input sweep over the HTTP APIs (issue 19): every endpoint of docs/security.md gets the malformed requests
 * {@link MalformedRequests} derives from its OpenAPI operation, as a role allowed to call it. Each must be refused
 * with a 4xx — none may fail on the server or be taken — and no service database may differ afterwards (the audit
 * trail, which records each call, aside).
 */
@Order(5) // after the other classes on the shared stack (SharedStack): it expects a settled stack
@ExtendWith(SharedStack.Resolver.class)
class BadInputSweepEndToEndTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldRefuseEveryMalformedRequestWithA4xxAndChangeNoDatabase(SharedStack shared) throws Exception {
        LocalStack stack = shared.stack;
        Map<SecurityMatrix.Endpoint, Set<String>> matrix = SecurityMatrix.documented(
                ProjectLayout.root().resolve("docs/security.md"));
        Map<SecurityMatrix.Endpoint, JsonNode> operations = new SecurityMatrix(stack::url, stack.tokens()).discovered();
        Map<ServiceApp, MalformedRequests> generators = new TreeMap<>();
        ApiClient anonymous = new ApiClient();
        for (ServiceApp app : ServiceApp.values()) {
            generators.put(app, new MalformedRequests(anonymous.get(stack.url(app) + "/q/openapi?format=json").body()));
        }

        Map<String, Long> before = settledRowCounts(stack);
        assertThat(before).as("tables of the service databases").hasSizeGreaterThan(30);
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<SecurityMatrix.Endpoint, Set<String>> row : matrix.entrySet()) {
            SecurityMatrix.Endpoint e = row.getKey();
            ServiceApp app = Arrays.stream(ServiceApp.values()).filter(a -> a.module.equals(e.service()))
                    .findFirst().orElseThrow();
            String role = SecurityMatrix.ROLES.stream().filter(row.getValue()::contains).findFirst().orElseThrow();
            String token = role.equals("integration") ? stack.tokens().integration().get()
                    : stack.tokens().user(role).get();
            for (MalformedRequests.Request r : generators.get(app).of(e.method(), e.path(), operations.get(e))) {
                int status = send(stack.url(app), e.method(), r, token);
                sent++;
                if (status < 400 || status >= 500) {
                    wrong.add(e + " [" + r.variant() + "] as " + role + ": " + status);
                }
            }
        }
        assertThat(sent).as("malformed requests sent").isGreaterThanOrEqualTo(1_000);
        assertThat(wrong).as("malformed requests not refused with a 4xx").isEmpty();
        Thread.sleep(3_000); // anything a request set going in the background has had time to land
        assertThat(rowCounts(stack)).as("rows per table of every service database").isEqualTo(before);
    }

    private int send(String base, String method, MalformedRequests.Request r, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + r.path()))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30));
        if (r.body() == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", r.contentType()).method(method,
                    HttpRequest.BodyPublishers.ofByteArray(r.body()));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            // a server that closes the connection on an oversized body has refused it; anything else is a failure
            return r.body() != null && r.body().length > 10 * 1024 * 1024 ? 413 : 599;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Row counts once two readings 5 s apart agree: the earlier classes' work has settled. */
    private static Map<String, Long> settledRowCounts(LocalStack stack) throws Exception {
        Map<String, Long> last = rowCounts(stack);
        for (int i = 0; i < 24; i++) {
            Thread.sleep(5_000);
            Map<String, Long> now = rowCounts(stack);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        throw new IllegalStateException("the stack did not settle within 2 minutes");
    }

    /** database.table → rows, for every table of every service database but the audit trail and Flyway's history. */
    private static Map<String, Long> rowCounts(LocalStack stack) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (ServiceApp app : ServiceApp.values()) {
            try (Connection c = DriverManager.getConnection(stack.postgres().jdbcUrl(app.database),
                    stack.postgres().user(), stack.postgres().password()); Statement s = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                        + "where table_schema = 'public' and table_type = 'BASE TABLE' "
                        + "and table_name not like 'audit%' and table_name <> 'flyway_schema_history'")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    try (ResultSet rs = s.executeQuery("select count(*) from \"" + table + "\"")) {
                        rs.next();
                        counts.put(app.database + "." + table, rs.getLong(1));
                    }
                }
            }
        }
        return counts;
    }
}
