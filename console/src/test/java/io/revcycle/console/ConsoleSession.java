package io.revcycle.console;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.revcycle.stack.OidcTokens;

/**
 * A browser without a script engine: logs in through the console's code flow and Keycloak's real login form (the
 * demo user's password), keeps the cookies, and fetches pages and fragments as the page's htmx would.
 */
final class ConsoleSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>",
            Pattern.DOTALL);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");
    /** The token the layout hands htmx (hx-headers on body), as a page's script would read it. */
    private static final Pattern CSRF_HEADER = Pattern.compile("\"X-CSRF-TOKEN\": \"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private volatile String csrfToken;

    private ConsoleSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Opens the console, is sent to Keycloak's login form, submits it and lands back on the home page. */
    static ConsoleSession login(String base, String username) {
        ConsoleSession session = new ConsoleSession(base);
        HttpResponse<String> form = session.send(HttpRequest.newBuilder(URI.create(base + "/")).GET());
        Matcher formTag = LOGIN_FORM.matcher(form.body());
        if (!formTag.find()) {
            throw new IllegalStateException("no Keycloak login form at " + form.uri() + " (" + form.statusCode() + ")");
        }
        Matcher action = ACTION.matcher(formTag.group());
        action.find();
        String target = action.group(1).replace("&amp;", "&");
        HttpResponse<String> home = session.send(HttpRequest.newBuilder(URI.create(target))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(Map.of("username", List.of(username),
                        "password", List.of(OidcTokens.demoPassword(username)), "credentialId", List.of(""))))));
        if (home.statusCode() != 200 || !home.uri().toString().startsWith(base)) {
            Matcher feedback = Pattern.compile("(?s)(kc-feedback-text|instruction)[^>]*>([^<]{1,200})").matcher(home.body());
            throw new IllegalStateException("login of " + username + " ended at " + home.uri() + " ("
                    + home.statusCode() + ")" + (feedback.find() ? ": " + feedback.group(2).strip() : ""));
        }
        return session;
    }

    /** A whole page, as the browser's address bar asks for it. */
    HttpResponse<String> page(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A fragment, as htmx asks for it (HX-Request). */
    HttpResponse<String> fragment(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("HX-Request", "true").GET());
    }

    /** A form htmx posts (HX-Request, the CSRF token of the last page in its header), fields in the order given. */
    HttpResponse<String> post(String path, Map<String, List<String>> form) {
        if (csrfToken == null) {
            throw new IllegalStateException("no page with a CSRF token fetched before posting " + path);
        }
        return send(formPost(path, form).header("X-CSRF-TOKEN", csrfToken));
    }

    /** The same form posted without the token, as a form on another site would post it. */
    HttpResponse<String> postWithoutToken(String path, Map<String, List<String>> form) {
        return send(formPost(path, form));
    }

    private HttpRequest.Builder formPost(String path, Map<String, List<String>> form) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("HX-Request", "true")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)));
    }

    /** A download (a PDF), as the browser follows a link. */
    HttpResponse<byte[]> bytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF_HEADER.matcher(response.body());
            if (token.find()) {
                csrfToken = token.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, List<String>> form) {
        return form.entrySet().stream().flatMap(e -> e.getValue().stream()
                .map(v -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(v, StandardCharsets.UTF_8)))
                .collect(Collectors.joining("&"));
    }
}
