package io.revcycle.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The ERA screens over HTTP against the real loop: the payer simulator's 835 for a partly denied claim in the file
 * list and in detail, the claim's remittance with its adjustments in words, and a copy of that 835 whose CLP01 the
 * payer garbled waiting unmatched until a denial specialist matches it with a reason: the posted payment again, so
 * it is recorded as a duplicate, not paid twice.
 */
@QuarkusTest
@QuarkusTestResource(ConsoleStack.class)
class ConsoleRemittanceTest {

    @TestHTTPResource("/")
    URL root;

    private String base() {
        return root.toString().replaceAll("/$", "");
    }

    @Test
    void shouldShowEraFilesAndARemittanceInWordsAndMatchAnUnmatchedPayment() {
        BillingData data = new BillingData(ConsoleStack.stack());
        String claimId = data.claimOfDenial(data.deniedLine());
        String garbled = data.garbledRemittanceOf(claimId);
        ConsoleSession specialist = ConsoleSession.login(base(), "denial-specialist");

        assertThat(specialist.page("/").body()).contains("href=\"/billing/remittances\"");
        HttpResponse<String> list = specialist.page("/billing/remittances");
        assertThat(list.statusCode()).isEqualTo(200);
        String html = list.body();
        assertThat(html).contains(garbled, "Match and post", "fetched ", "data-keyboard-list");
        // received times in the console's zone (UTC here) to the second, not the services' ISO instants
        assertThat(html).containsPattern("<td>[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} UTC</td>")
                .doesNotContainPattern("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}");
        ConsoleCodingTest.assertEveryControlLabelled(html);

        HttpResponse<String> remittance = specialist.page("/billing/remittances/claims/" + claimId);
        assertThat(remittance.statusCode()).isEqualTo(200);
        assertThat(remittance.body()).contains("PARTIALLY_DENIED", "20610", "CO-96 ", "N425: ", "CO-45 ");
        Matcher file = Pattern.compile("href=\"/billing/remittances/files/([^\"]+)\"").matcher(remittance.body());
        assertThat(file.find()).isTrue();
        HttpResponse<String> era = specialist.page("/billing/remittances/files/" + file.group(1));
        assertThat(era.statusCode()).isEqualTo(200);
        assertThat(era.body()).contains("href=\"/billing/remittances/claims/" + claimId + "\"", "POSTED", "SYNPAYER1");

        Matcher row = Pattern.compile("/billing/remittances/unmatched/([0-9]+)/match\"").matcher(
                html.substring(html.indexOf(garbled)));
        assertThat(row.find()).isTrue();
        String match = "/billing/remittances/unmatched/" + row.group(1) + "/match";
        HttpResponse<String> noReason = specialist.post(match, Map.of("claimId", List.of(claimId)));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("give a reason");
        HttpResponse<String> unknownClaim = specialist.post(match, Map.of("claimId", List.of("CLM-NOT-SENT"),
                "reason", List.of("CLP07 matches")));
        assertThat(unknownClaim.statusCode()).isEqualTo(422);
        assertThat(unknownClaim.body()).contains("role=\"alert\"");
        HttpResponse<String> matched = specialist.post(match, Map.of("claimId", List.of(claimId),
                "reason", List.of("CLP01 garbled; CLP07 and amounts match")));
        assertThat(matched.statusCode()).isEqualTo(200);
        // the garbled payment is the claim's posted one again: recorded as its duplicate, not paid twice
        assertThat(matched.body().strip()).startsWith("<div id=\"unmatched\">").contains("Matched to " + claimId,
                "recorded as a duplicate and nothing was posted").doesNotContain(garbled);
        assertThat(specialist.page("/billing/remittances/claims/" + claimId).body())
                .doesNotContain("CLP01 garbled; CLP07 and amounts match");

        ConsoleSession biller = ConsoleSession.login(base(), "biller");
        assertThat(biller.page("/billing/remittances").statusCode()).isEqualTo(403);
        ConsoleSession coder = ConsoleSession.login(base(), "coder");
        assertThat(coder.page("/billing/remittances/claims/" + claimId).statusCode()).isEqualTo(403);
    }
}
