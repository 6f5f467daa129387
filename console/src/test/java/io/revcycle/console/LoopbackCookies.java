package io.revcycle.console;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A browser's cookie jar for 127.0.0.1 and localhost: like a browser on a loopback address (a "potentially
 * trustworthy" origin), it sends cookies marked Secure over plain HTTP too. java.net.CookieManager does not, and
 * Keycloak marks its login session cookies Secure (SameSite=None). Cookies are kept per host and name.
 */
final class LoopbackCookies extends CookieHandler {

    private final Map<String, Map<String, HttpCookie>> byHost = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        Map<String, HttpCookie> jar = byHost.getOrDefault(uri.getHost(), Map.of());
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        String header = jar.values().stream().filter(c -> !c.hasExpired())
                .filter(c -> c.getPath() == null || path.startsWith(c.getPath().replaceAll("/$", "")))
                .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        Map<String, HttpCookie> jar = byHost.computeIfAbsent(uri.getHost(), h -> new ConcurrentHashMap<>());
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                for (String value : values) {
                    for (HttpCookie cookie : HttpCookie.parse(value)) {
                        if (cookie.getMaxAge() == 0) {
                            jar.remove(cookie.getName());
                        } else {
                            jar.put(cookie.getName(), cookie);
                        }
                    }
                }
            }
        });
    }
}
