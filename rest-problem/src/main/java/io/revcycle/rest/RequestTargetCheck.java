package io.revcycle.rest;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before any resource is matched, a request line no RevCycle identifier could make: a control character
 * (a NUL cannot even be stored by PostgreSQL) in the decoded path or query; a path segment longer than
 * {@code revcycle.http.max-path-segment} (default 200) characters; or a decoded path segment with a character no
 * identifier, code or date of the platform uses (anything but letters, digits and {@code - . _ ~ : @ + = ,}, so no
 * quote, space, bracket, brace or encoded slash). The answer is 400 problem+json, so no such value ever reaches a
 * query or a column.
 */
public class RequestTargetCheck {

    @ConfigProperty(name = "revcycle.http.max-path-segment", defaultValue = "200")
    int maxSegment;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        String path = uri.getPath(true);
        if (hasControl(path) || hasControl(uri.getRequestUri().getQuery())) {
            return Optional.of(ProblemMappers.respond(400, "Bad Request",
                    "The request path or query contains a control character", uri));
        }
        for (String raw : String.valueOf(uri.getRequestUri().getRawPath()).split("/")) { // encoded: RESTEasy Reactive decodes getPath
            String segment = decode(raw);
            if (segment == null || segment.length() > maxSegment) {
                return Optional.of(ProblemMappers.respond(400, "Bad Request", segment == null
                        ? "A path segment is not valid percent-encoding"
                        : "A path segment is longer than " + maxSegment + " characters", uri));
            }
            if (!segment.codePoints().allMatch(RequestTargetCheck::identifierChar)) {
                return Optional.of(ProblemMappers.respond(400, "Bad Request",
                        "A path segment has a character no identifier uses (letters, digits and - . _ ~ : @ + = , only)",
                        uri));
            }
        }
        return Optional.empty();
    }

    private static boolean identifierChar(int c) {
        return Character.isLetterOrDigit(c) || "-._~:@+=,".indexOf(c) >= 0;
    }

    private static String decode(String raw) {
        try {
            return java.net.URLDecoder.decode(raw.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean hasControl(String s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
