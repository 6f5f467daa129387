package io.revcycle.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.revcycle.stack.ServiceApp;
import io.revcycle.stack.demo.ApiClient;

/**
 * The denial workspace over HTTP against the real loop: a line SYNPAYER1's payer simulator denied (CO-96 N425) in
 * words, worked with reasons (assign, note, route to coding, appeal with its letter), claims-service's refusals shown
 * in words, and the roles (a coder is refused, a biller may not appeal).
 */
@QuarkusTest
@QuarkusTestResource(ConsoleStack.class)
class ConsoleDenialWorkTest {

    @TestHTTPResource("/")
    URL root;

    private String base() {
        return root.toString().replaceAll("/$", "");
    }

    @Test
    void shouldShowADenialInWordsAndWorkItToAnAppealWithAReasonForEachAction() {
        long id = new BillingData(ConsoleStack.stack()).deniedLine();
        ConsoleSession specialist = ConsoleSession.login(base(), "denial-specialist");

        assertThat(specialist.page("/billing/denials").body()).contains("href=\"/billing/denials/" + id + "\"");
        HttpResponse<String> page = specialist.page("/billing/denials/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("CO-96: ", "N425: ", "20610", "fetched ", "Appeal deadline", "Write appeal",
                "Assign", "Write off", "Mark resolved", "The claim's timeline");
        ConsoleCodingTest.assertEveryControlLabelled(html);

        // an action without a reason is refused here and changes nothing
        HttpResponse<String> noReason = specialist.post("/billing/denials/" + id + "/assign",
                Map.of("assignee", List.of("denials-7"), "reason", List.of(" ")));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("role=\"alert\"", "give a reason");
        assertThat(denial(id).path("denial").path("assignedTo").isNull()).isTrue();

        HttpResponse<String> assigned = specialist.post("/billing/denials/" + id + "/assign",
                Map.of("assignee", List.of("denials-7"), "reason", List.of("payer contact works knee claims")));
        assertThat(assigned.statusCode()).isEqualTo(200);
        assertThat(assigned.body().strip()).startsWith("<div id=\"work\">").contains("Assigned to denials-7",
                "Reason: payer contact works knee claims", "fetched ");
        assertThat(denial(id).path("denial").path("assignedTo").asText()).isEqualTo("denials-7");

        // the biller sees a coding problem in a denial the rules gave to billing (CO-96 N425): routed to coding with
        // a reason, it shows on coding-service's re-review list; again, it is refused in claims-service's words
        ConsoleSession biller = ConsoleSession.login(base(), "biller");
        assertThat(biller.page("/billing/denials/" + id).body()).contains("Route to coding");
        assertThat(denial(id).path("denial").path("department").asText()).isEqualTo("BILLING");
        Map<String, List<String>> route = Map.of("reason", List.of("modifier 25 missing on the visit with the "
                + "injection"));
        HttpResponse<String> routed = biller.post("/billing/denials/" + id + "/route-to-coding", route);
        assertThat(routed.statusCode()).isEqualTo(200);
        assertThat(routed.body()).contains("Routed to coding", "routed to coding from BILLING: modifier 25 missing")
                .doesNotContain("id=\"route-to-coding\"");
        assertThat(denial(id).path("denial").path("department").asText()).isEqualTo("CODING");
        String claimId = denial(id).path("denial").path("claimId").asText();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> reviews().findValuesAsText(
                "claimId").contains(claimId));
        HttpResponse<String> again = biller.post("/billing/denials/" + id + "/route-to-coding", route);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already with coding");

        HttpResponse<String> appealed = specialist.post("/billing/denials/" + id + "/appeal",
                Map.of("argument", List.of("The injection was medically necessary: effusion documented on exam.")));
        assertThat(appealed.statusCode()).isEqualTo(200);
        assertThat(appealed.body()).contains("written; the letter is linked below", "WAITING",
                "href=\"/billing/denials/" + id + "/appeal-letter\"");
        HttpResponse<byte[]> letter = specialist.bytes("/billing/denials/" + id + "/appeal-letter");
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(letter.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/pdf"));
        assertThat(new String(letter.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(denial(id).path("denial").path("status").asText()).isEqualTo("WAITING");

        // claims-service's refusal in its words: the write-off needs a known reason code
        HttpResponse<String> badCode = specialist.post("/billing/denials/" + id + "/write-off",
                Map.of("reasonCode", List.of("BECAUSE"), "reason", List.of("x")));
        assertThat(badCode.statusCode()).isEqualTo(400);
        assertThat(badCode.body()).contains("a write-off reason is one of");

        String billerView = biller.page("/billing/denials/" + id).body();
        assertThat(billerView).contains("payer contact works knee claims", "Mark resolved")
                .doesNotContain("Write appeal", "id=\"assign\"");
        assertThat(biller.post("/billing/denials/" + id + "/appeal", Map.of("argument", List.of("x"))).statusCode())
                .isEqualTo(403);

        ConsoleSession coder = ConsoleSession.login(base(), "coder");
        assertThat(coder.page("/billing/denials/" + id).statusCode()).isEqualTo(403);
        assertThat(coder.post("/billing/denials/" + id + "/resolve", Map.of("reason", List.of("x"))).statusCode())
                .isEqualTo(403);
        assertThat(coder.post("/billing/denials/" + id + "/route-to-coding", route).statusCode()).isEqualTo(403);
    }

    /** coding-service's open denial re-reviews, as a coder reads them. */
    private JsonNode reviews() {
        return new ApiClient().as(ConsoleStack.stack().tokens().user("coder"))
                .get(ConsoleStack.stack().url(ServiceApp.CODING) + "/worklist/denial-reviews").body();
    }

    private JsonNode denial(long id) {
        return new ApiClient().as(ConsoleStack.stack().tokens().user("denial-specialist"))
                .get(ConsoleStack.stack().url(ServiceApp.CLAIMS) + "/denials/" + id).body();
    }
}
