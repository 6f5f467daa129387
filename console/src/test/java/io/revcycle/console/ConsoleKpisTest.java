package io.revcycle.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.revcycle.events.DeniedLine;
import io.revcycle.events.DenialRaised;
import io.revcycle.events.Topics;

/**
 * The managers' KPI screen over HTTP: denials published on the real broker reach the real revenue-insights, whose
 * report the console shows to a billing manager with targets, the prior period, the as-of times and a Pareto whose
 * bars open the denial work list of their payer and category. Denials dated in June 2026, so the other tests' events
 * (dated now) stay out of the period asked for.
 */
@QuarkusTest
@QuarkusTestResource(ConsoleStack.class)
class ConsoleKpisTest {

    static final String PERIOD = "/managers/kpis?endDay=2026-06-30&days=30";

    @TestHTTPResource("/")
    URL root;

    private String base() {
        return root.toString().replaceAll("/$", "");
    }

    @Test
    void shouldShowTheKpisWithTargetsAndPriorPeriodAndLinkEachParetoBarToItsDenials() {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String small = "PAYER-S" + run;
        String large = "PAYER-L" + run;
        denial(small, "CODING", "11", "150.00");
        denial(large, "AUTHORIZATION", "197", "300.00");
        ConsoleSession manager = ConsoleSession.login(base(), "billing-manager");

        String html = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> manager.page(PERIOD).body(), b -> b.contains(small) && b.contains(large));
        // largest first: 300.00 of 450.00 is 66.7 % of the dollars, then all of them
        int largeAt = html.indexOf(large);
        assertThat(largeAt).isLessThan(html.indexOf(small));
        assertThat(html).contains(
                "href=\"/billing/denials?payerId=" + large + "&amp;category=AUTHORIZATION\"",
                "href=\"/billing/denials?payerId=" + small + "&amp;category=CODING\"",
                "<td class=\"num\">66.7 %</td>", "<td class=\"num\">100.0 %</td>");
        assertThat(html).containsPattern("AUTHORIZATION · " + large
                + "</a></th>\\s*<td class=\"num\">1</td><td class=\"num\">300.00</td>");
        // every KPI with its target and prior period; the times the figures stand for
        assertThat(html).contains("Net days in A/R", "Clean-claim rate", "First-pass resolution rate",
                "Initial denial rate (claims)", "Initial denial rate (dollars)", "DNFB days", "A/R over 90 days",
                "≤ 40.0 days", "≥ 95.0 %", "As of 2026-07-01 00:00:00 UTC", "period from 2026-06-01 00:00:00 UTC",
                "prior period from 2026-05-02 00:00:00 UTC", "fetched ");
        assertThat(html).containsPattern("events up to 2026-06-1\\d");
        // the queues over the period: a chart drawn on the server (no script), the table below it with the figures
        assertThat(html).contains("<figure class=\"queue-chart\">", "<title id=\"queue-chart-title\">",
                "<polyline class=\"series coding\" points=\"", "<polyline class=\"series denials\" points=\"",
                ">2026-06-30</text>");
        ConsoleCodingTest.assertEveryControlLabelled(html);

        // the bar's link opens claims-service's denial work list filtered to it (these denials were published
        // straight to revenue-insights: claims-service has none of them; the browser journey drills to a real one)
        HttpResponse<String> drill = manager.page("/billing/denials?payerId=" + large + "&category=AUTHORIZATION");
        assertThat(drill.statusCode()).isEqualTo(200);
        assertThat(drill.body()).contains("value=\"" + large + "\"");
    }

    @Test
    void shouldShowACodingManagerTheKpisWithoutLinksToTheBillingWorkLists() {
        ConsoleSession manager = ConsoleSession.login(base(), "coding-manager");
        HttpResponse<String> page = manager.page(PERIOD);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Denial Pareto by category and payer", "denial work list (billing)")
                .doesNotContain("href=\"/billing/denials");
    }

    @Test
    void shouldRefuseACoder() {
        assertThat(ConsoleSession.login(base(), "coder").page("/managers/kpis").statusCode()).isEqualTo(403);
    }

    static void denial(String payer, String category, String carc, String amount) {
        String claim = "CLM-KPI-" + UUID.randomUUID().toString().substring(0, 8);
        DenialRaised e = DenialRaised.newBuilder().setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.parse("2026-06-10T09:00:00Z")).setClaimId(claim).setEncounterId("ENC-" + claim)
                .setPatientId("PAT-" + claim).setPayerId(payer).setWholeClaim(true).setDeniedAmount(new BigDecimal(amount))
                .setDenials(List.of(DeniedLine.newBuilder().setLineNumber(1).setProcedureCode("99213")
                        .setGroupCode("CO").setReasonCode(carc).setRemarkCodes(List.of())
                        .setAmount(new BigDecimal(amount)).setCategory(category).build()))
                .setCategory(category).setPayerResponsibility("P").build();
        StackEvents.publish(ConsoleStack.stack(), Topics.DENIAL_RAISED, claim, e);
    }
}
