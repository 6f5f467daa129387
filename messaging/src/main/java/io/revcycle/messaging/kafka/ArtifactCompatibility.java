package io.revcycle.messaging.kafka;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Puts a COMPATIBILITY=BACKWARD rule on an artifact itself, so an event's schema keeps its rule whatever the
 * registry's global rule says (an operator may relax that for other artifacts). Speaks the Core Registry API of the
 * URL it is given: v2 (the embedded Apicurio 2.4.2) and v3 (Apicurio Registry 3.x in a cluster) differ only in the
 * rule's JSON field for its type. An artifact that already has a compatibility rule keeps it: an operator who set a
 * stricter one (FULL, BACKWARD_TRANSITIVE) decided so.
 */
public final class ArtifactCompatibility {

    static final String GROUP = "default"; // the serdes' group when none is configured

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ArtifactCompatibility() {
    }

    /** True when the rule was created, false when the artifact already had a compatibility rule. */
    public static boolean requireBackward(String registryUrl, String artifactId) {
        String base = registryUrl.endsWith("/") ? registryUrl.substring(0, registryUrl.length() - 1) : registryUrl;
        String typeField = base.endsWith("/v2") ? "type" : "ruleType";
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/groups/" + GROUP + "/artifacts/"
                + URLEncoder.encode(artifactId, StandardCharsets.UTF_8) + "/rules"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"" + typeField + "\":\"COMPATIBILITY\",\"config\":\"BACKWARD\"}"))
                .build();
        HttpResponse<String> answer;
        try {
            answer = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("registry unreachable setting the rule of " + artifactId + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted setting the rule of " + artifactId, e);
        }
        if (answer.statusCode() == 409) {
            return false;
        }
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException("registry refused the BACKWARD rule of " + artifactId + ": HTTP "
                    + answer.statusCode() + " " + answer.body());
        }
        return true;
    }
}
