package io.revcycle.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The claim correction queue over HTTP against the real loop: a claim registered with a mistyped member id, rejected
 * by the payer simulator's 277CA, listed in words, corrected and re-validated from the console, and then accepted.
 */
@QuarkusTest
@QuarkusTestResource(ConsoleStack.class)
class ConsoleCorrectionTest {

    @TestHTTPResource("/")
    URL root;

    private String base() {
        return root.toString().replaceAll("/$", "");
    }

    @Test
    void shouldListARejectionInWordsAndLetABillerFixAndResendIt() {
        BillingData data = new BillingData(ConsoleStack.stack());
        BillingData.Rejected rejected = data.rejectedClaim();
        String claimId = rejected.claimId();
        ConsoleSession biller = ConsoleSession.login(base(), "biller");

        assertThat(biller.page("/").body()).contains("href=\"/billing/corrections\"");
        HttpResponse<String> queue = biller.page("/billing/corrections");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains("href=\"/billing/corrections/" + claimId + "\"", "277CA (payer)",
                "data-keyboard-list", "fetched ");
        ConsoleCodingTest.assertEveryControlLabelled(queue.body());
        HttpResponse<String> scrubOnly = biller.fragment("/billing/corrections/rows?stage=SCRUB");
        assertThat(scrubOnly.body().strip()).startsWith("<div id=\"rows\">").doesNotContain(claimId);
        assertThat(biller.fragment("/billing/corrections/rows?stage=LATER").statusCode()).isEqualTo(400);

        // the submission monitor counts the rejection against the batch (ISA13) it answers, as the payer's, and the
        // batch opens on its claims with the 277CA's rejection in words
        String isa13 = data.openCorrectionBatch(claimId);
        HttpResponse<String> monitor = biller.page("/billing/submissions?status=&payerId=");
        assertThat(monitor.statusCode()).isEqualTo(200);
        Matcher row = Pattern.compile("href=\"/billing/submissions/batches/([0-9]+)\">" + isa13
                + "</a></td>(?:\\s*<td[^>]*>[^<]*</td>){2}\\s*<td class=\"num\">([0-9]+)</td>").matcher(monitor.body());
        assertThat(row.find()).as("the batch's row with its 277CA rejections").isTrue();
        assertThat(Integer.parseInt(row.group(2))).isPositive();
        assertThat(monitor.body()).contains("by the payer's front end (277CA)", "fetched ");
        ConsoleCodingTest.assertEveryControlLabelled(monitor.body());
        HttpResponse<String> batch = biller.page("/billing/submissions/batches/" + row.group(1));
        assertThat(batch.statusCode()).isEqualTo(200);
        assertThat(batch.body()).contains("data-claim=\"" + claimId + "\" data-acknowledgment=\"REJECTED_277CA\"",
                "front end (277CA)", "href=\"/billing/corrections/" + claimId + "\"");
        assertThat(biller.page("/billing/submissions?status=LOST").statusCode()).isEqualTo(400);
        assertThat(biller.page("/billing/submissions/batches/987654321").statusCode()).isEqualTo(404);

        HttpResponse<String> workspace = biller.page("/billing/corrections/" + claimId);
        assertThat(workspace.statusCode()).isEqualTo(200);
        String reason = data.openCorrection(claimId);
        assertThat(workspace.body()).contains("The payer's 277CA", escape(reason), "Re-validate and resend",
                "id=\"memberId\"");
        ConsoleCodingTest.assertEveryControlLabelled(workspace.body());

        // nothing changed is refused here; the member id from the card is saved and only it is sent
        HttpResponse<String> unchanged = biller.post("/billing/corrections/" + claimId,
                Map.of("memberId", List.of(data.claim(claimId).path("memberId").asText())));
        assertThat(unchanged.statusCode()).isEqualTo(400);
        assertThat(unchanged.body()).contains("nothing was changed");
        HttpResponse<String> saved = biller.post("/billing/corrections/" + claimId,
                Map.of("memberId", List.of(rejected.payerMemberId()), "firstName", List.of("Casey")));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body().strip()).startsWith("<div id=\"fix\">").contains("Saved.");
        assertThat(data.claim(claimId).path("memberId").asText()).isEqualTo(rejected.payerMemberId());

        HttpResponse<String> resent = biller.post("/billing/corrections/" + claimId + "/resend", Map.of());
        assertThat(resent.statusCode()).isEqualTo(200);
        assertThat(resent.body()).contains("Re-validated: clean");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> List
                .of("ACCEPTED", "PAID", "PARTIALLY_DENIED").contains(data.claim(claimId).path("status").asText()));
        assertThat(biller.page("/billing/corrections").body()).doesNotContain("href=\"/billing/corrections/" + claimId + "\"");

        ConsoleSession manager = ConsoleSession.login(base(), "billing-manager");
        assertThat(manager.page("/billing/corrections/" + claimId).body()).doesNotContain("Re-validate and resend");
        assertThat(manager.post("/billing/corrections/" + claimId + "/resend", Map.of()).statusCode()).isEqualTo(403);
        ConsoleSession coder = ConsoleSession.login(base(), "coder");
        assertThat(coder.page("/billing/corrections").statusCode()).isEqualTo(403);
        assertThat(coder.page("/billing/submissions").statusCode()).isEqualTo(403);
        assertThat(coder.page("/billing/corrections/" + claimId).statusCode()).isEqualTo(403);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
