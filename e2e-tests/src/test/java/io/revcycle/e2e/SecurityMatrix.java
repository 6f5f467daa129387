package io.revcycle.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.revcycle.stack.OidcTokens;
import io.revcycle.stack.ServiceApp;
import io.revcycle.stack.demo.ApiClient;

/**
 * The role × endpoint matrix of docs/security.md against the running services: the table as written, the endpoints
 * as each service's OpenAPI document lists them, and what every role (and no token) gets when it calls each one.
 */
final class SecurityMatrix {

    /** Every realm role, in the order of docs/security.md. */
    static final List<String> ROLES = List.of("registration", "coder", "coding-auditor", "coding-manager", "cdi-specialist",
            "physician", "content-admin", "biller", "denial-specialist", "patient-accounts", "billing-manager",
            "auditor", "integration");
    static final String ANONYMOUS = "(no token)";

    record Endpoint(String service, String method, String path) {
        @Override
        public String toString() {
            return service + " " + method + " " + path;
        }
    }

    /** One call that did not get what the matrix says. */
    record Violation(Endpoint endpoint, String caller, int status, String expected) {
    }

    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*([a-z-]+)\\s*\\|\\s*(GET|POST|PUT|PATCH|DELETE)\\s*\\|\\s*`([^`]+)`\\s*\\|\\s*([^|]+)\\|\\s*$");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** A call the matrix made, as an audit row should record it: who is the role, or ANONYMOUS. */
    record Call(String service, String method, String path, String who, int status) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Call> calls = new ArrayList<>();
    private final Function<ServiceApp, String> urls;
    private final OidcTokens tokens;

    SecurityMatrix(Function<ServiceApp, String> urls, OidcTokens tokens) {
        this.urls = urls;
        this.tokens = tokens;
    }

    /** The table of docs/security.md: endpoint → roles allowed. */
    static Map<Endpoint, Set<String>> documented(Path securityMd) throws IOException {
        Map<Endpoint, Set<String>> matrix = new LinkedHashMap<>();
        for (String line : Files.readAllLines(securityMd)) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                Set<String> roles = new TreeSet<>();
                for (String role : m.group(4).split(",")) {
                    roles.add(role.strip());
                }
                Endpoint e = new Endpoint(m.group(1), m.group(2), m.group(3));
                if (matrix.put(e, roles) != null) {
                    throw new IllegalStateException("listed twice in " + securityMd + ": " + e);
                }
            }
        }
        return matrix;
    }

    /** Every REST endpoint each service's OpenAPI document lists (fetched without a token: open to probes). */
    Map<Endpoint, JsonNode> discovered() {
        Map<Endpoint, JsonNode> endpoints = new LinkedHashMap<>();
        ApiClient anonymous = new ApiClient();
        for (ServiceApp app : ServiceApp.values()) {
            ApiClient.Reply doc = anonymous.get(urls.apply(app) + "/q/openapi?format=json");
            if (doc.status() != 200) {
                throw new IllegalStateException(app.module + " /q/openapi answered " + doc.status());
            }
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.body().path("paths").fields(); paths.hasNext();) {
                Map.Entry<String, JsonNode> path = paths.next();
                path.getValue().fields().forEachRemaining(op -> {
                    if (METHODS.contains(op.getKey())) {
                        endpoints.put(new Endpoint(app.module, op.getKey().toUpperCase(), path.getKey()), op.getValue());
                    }
                });
            }
        }
        return endpoints;
    }

    /** Calls every endpoint as every role and without a token; returns what disagrees with the matrix. */
    List<Violation> check(Map<Endpoint, Set<String>> matrix, Map<Endpoint, JsonNode> operations) {
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<Endpoint, Set<String>> row : matrix.entrySet()) {
            Endpoint e = row.getKey();
            JsonNode operation = operations.get(e);
            int anonymous = call(e, operation, ANONYMOUS, null);
            if (anonymous != 401) {
                violations.add(new Violation(e, ANONYMOUS, anonymous, "401"));
            }
            for (String role : ROLES) {
                String token = role.equals("integration") ? tokens.integration().get() : tokens.user(role).get();
                int status = call(e, operation, role, token);
                boolean allowed = row.getValue().contains(role);
                if (allowed && (status == 401 || status == 403 || status >= 500)) {
                    violations.add(new Violation(e, role, status, "allowed: past security, no server error"));
                } else if (!allowed && status != 403) {
                    violations.add(new Violation(e, role, status, "403"));
                }
            }
        }
        return violations;
    }

    /** GET /q/health/ready, /q/metrics and /q/openapi of every service without a token. */
    Map<String, Integer> probes() {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (ServiceApp app : ServiceApp.values()) {
            for (String probe : List.of("/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi")) {
                statuses.put(app.module + " " + probe, send(HttpRequest.newBuilder(URI.create(urls.apply(app) + probe))
                        .GET(), null));
            }
        }
        return statuses;
    }

    /**
     * Every call {@link #check} made, compared with the audit rows each service recorded between from and to: one
     * row per call with its method, path, status and caller (a demo user is named after its role; the integration
     * client's service account counts as "integration", no token as ANONYMOUS). The payer simulator stands for the
     * payer, outside RevCycle, and keeps no trail. Returns what does not match.
     */
    List<String> auditGaps(java.time.Instant from, java.time.Instant to) {
        ApiClient auditor = new ApiClient().as(tokens.user("auditor"));
        List<String> gaps = new ArrayList<>();
        for (ServiceApp app : ServiceApp.values()) {
            if (app == ServiceApp.PAYER_SIMULATOR) {
                continue;
            }
            Map<Call, Integer> expected = new java.util.HashMap<>();
            calls.stream().filter(c -> c.service().equals(app.module)).forEach(c -> expected.merge(c, 1, Integer::sum));
            if (expected.isEmpty()) {
                continue;
            }
            ApiClient.Reply rows = auditor.get(urls.apply(app) + "/audit/events?limit=10000&from=" + from + "&to=" + to);
            if (rows.status() != 200) {
                gaps.add(app.module + " /audit/events answered " + rows.status());
                continue;
            }
            // the (method, path) pairs the matrix called on this service: rows of other requests are not ours
            Set<String> calledEndpoints = new java.util.HashSet<>();
            expected.keySet().forEach(c -> calledEndpoints.add(c.method() + " " + c.path()));
            Map<Call, Integer> recorded = new java.util.HashMap<>();
            for (JsonNode row : rows.body()) {
                String user = row.path("user").isNull() || row.path("user").asText().isEmpty() ? ANONYMOUS
                        : row.path("user").asText().startsWith("service-account-") ? "integration"
                        : row.path("user").asText();
                Call call = new Call(app.module, row.path("httpMethod").asText(), row.path("path").asText(), user,
                        row.path("status").asInt());
                if (expected.containsKey(call) || calledEndpoints.contains(call.method() + " " + call.path())) {
                    recorded.merge(call, 1, Integer::sum);
                }
            }
            expected.forEach((call, n) -> {
                int got = recorded.getOrDefault(call, 0);
                if (got != n) {
                    gaps.add(call + ": " + n + " call(s), " + got + " audit row(s)");
                }
            });
            recorded.keySet().stream().filter(call -> !expected.containsKey(call))
                    .forEach(call -> gaps.add(call + ": audit row(s) for no such call"));
        }
        return gaps;
    }

    private int call(Endpoint e, JsonNode operation, String who, String token) {
        ServiceApp app = Arrays.stream(ServiceApp.values()).filter(a -> a.module.equals(e.service())).findFirst()
                .orElseThrow();
        String path = e.path();
        for (JsonNode p : operation.path("parameters")) {
            if ("path".equals(p.path("in").asText())) {
                String type = p.path("schema").path("type").asText();
                path = path.replace("{" + p.path("name").asText() + "}", "integer".equals(type) ? "1" : "nope");
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(urls.apply(app) + path));
        if (e.method().equals("GET") || e.method().equals("DELETE")) {
            request.method(e.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            // a made-up body of the media type the operation consumes: the call gets past security, then is refused
            Iterator<String> types = operation.path("requestBody").path("content").fieldNames();
            String type = types.hasNext() ? types.next() : "application/json";
            request.header("Content-Type", type).method(e.method(),
                    HttpRequest.BodyPublishers.ofString(type.contains("json") ? "{}" : "not X12"));
        }
        int status = send(request, token);
        calls.add(new Call(e.service(), e.method(), path, who, status));
        return status;
    }

    private int send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            // a guard against a hung call, not a speed check: a CI run at load average 50 saw a call take over 30 s
            return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
