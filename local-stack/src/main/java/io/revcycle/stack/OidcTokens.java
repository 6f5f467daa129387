package io.revcycle.stack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens from the local Keycloak's {@code revcycle} realm, as the demo driver, the end-to-end tests and
 * {@code curl} get them: the demo users (one per role, password {@code <username>-demo}) through the
 * {@code revcycle-cli} client's password grant, the integration engine through its service account. Tokens are
 * cached and fetched again a minute before they expire.
 */
public final class OidcTokens {

    public static final String CLI_CLIENT = "revcycle-cli";
    public static final String INTEGRATION_CLIENT = "revcycle-integration";
    /** Synthetic secret of the local realm's integration client; deploy/keycloak/realm/revcycle-realm.json. */
    public static final String INTEGRATION_SECRET = "local-integration-secret";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration EARLY = Duration.ofSeconds(60);

    private final String tokenUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> cache = new ConcurrentHashMap<>();

    private record Token(String value, Instant refreshAt) {
    }

    /** The reply of a token request that was refused: the HTTP status and Keycloak's error. */
    public static final class TokenRefusedException extends IllegalStateException {
        private final int status;

        TokenRefusedException(int status, String body) {
            super("token request refused (" + status + "): " + body);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public OidcTokens(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public static String demoPassword(String username) {
        return username + "-demo";
    }

    /** A demo user's token, e.g. {@code user("coder")}. */
    public Supplier<String> user(String username) {
        return () -> cached("user:" + username, () -> password(username, demoPassword(username)));
    }

    /** The integration engine's service-account token. */
    public Supplier<String> integration() {
        return () -> cached("client:" + INTEGRATION_CLIENT, () -> request(Map.of("grant_type", "client_credentials",
                "client_id", INTEGRATION_CLIENT, "client_secret", INTEGRATION_SECRET)));
    }

    /** One password grant, uncached: the raw token endpoint reply. */
    public JsonNode password(String username, String password) {
        return request(Map.of("grant_type", "password", "client_id", CLI_CLIENT, "username", username,
                "password", password));
    }

    private String cached(String key, Supplier<JsonNode> fetch) {
        Token token = cache.get(key);
        if (token == null || Instant.now().isAfter(token.refreshAt())) {
            JsonNode reply = fetch.get();
            Instant expires = Instant.now().plusSeconds(reply.path("expires_in").asLong(300));
            token = new Token(reply.path("access_token").asText(), expires.minus(EARLY));
            cache.put(key, token);
        }
        return token.value();
    }

    private JsonNode request(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new TokenRefusedException(r.statusCode(), r.body());
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach Keycloak at " + tokenUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a JWT's payload (not verified: for tests and display only). */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }
}
