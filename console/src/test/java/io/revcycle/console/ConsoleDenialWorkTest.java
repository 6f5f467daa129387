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
 * words, worked with reasons (assign, note, route to coding, appeal with its letter), back from coding once a coder
 * completed coding-service's re-review (the outcome, the next step, the coder's note), claims-service's refusals shown
 * in words, and the roles (a coder is refused, a biller may not appeal, a billing manager may add notes).
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

        // a coder completes the re-review in coding-service: the line comes back to billing with coding's outcome
        long reviewId = reviews().findParents("claimId").stream().filter(r -> r.path("claimId").asText()
                .equals(claimId)).findFirst().orElseThrow().path("id").asLong();
        assertThat(new ApiClient().as(ConsoleStack.stack().tokens().user("coder")).post(ConsoleStack.stack()
                .url(ServiceApp.CODING) + "/worklist/denial-reviews/" + reviewId + "/complete", Map.of("outcome",
                        "CODES_CHANGED", "note", "modifier 25 appended to the visit")).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> denial(id).path("denial").path("department").asText().equals("BILLING"));
        assertThat(biller.page("/billing/denials?returnedFromCoding=true").body())
                .contains("href=\"/billing/denials/" + id + "\"", "returned from coding: codes changed");
        assertThat(biller.page("/billing/denials/rows?returnedFromCoding=maybe").statusCode()).isEqualTo(400);
        String back = biller.page("/billing/denials/" + id).body();
        assertThat(back).contains("Returned from coding: codes changed by coder", "Coding changed the codes: correct "
                + "the claim and resubmit", "modifier 25 appended to the visit", "returned from coding to billing",
                "id=\"correct\"", "id=\"route-to-coding\"");
        assertThat(denial(id).path("denial").path("status").asText()).isEqualTo("OPEN");

        // a billing manager notes it too
        ConsoleSession manager = ConsoleSession.login(base(), "billing-manager");
        assertThat(manager.page("/billing/denials/" + id).body()).contains("id=\"note\"");
        HttpResponse<String> managerNote = manager.post("/billing/denials/" + id + "/notes",
                Map.of("text", List.of("appeal only if the replacement is denied again")));
        assertThat(managerNote.statusCode()).isEqualTo(200);
        assertThat(managerNote.body()).contains("Note added.", "appeal only if the replacement is denied again");

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
