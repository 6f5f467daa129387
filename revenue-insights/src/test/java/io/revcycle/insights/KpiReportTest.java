package io.revcycle.insights;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.Topics;
import io.revcycle.insights.service.FactStore;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

/**
 * Every KPI of docs/kpis.md over a seeded set of real events published through the platform's serde onto the broker
 * and registry, against values computed by hand below. As of 2026-12-01T00:00Z, period (Nov 1, Dec 1], prior period
 * (Oct 2, Nov 1], revenue window 90 days. Claims (primary payer), times 10:00 UTC unless given:
 * <pre>
 * 1 A  DOS 11-02 documented 11-02 coded 11-03 sent 11-04 1000.00 (and the same event again: a replay)
 *      adjudicated 11-20 PAID paid 700 + patient 100 + contractual 200
 * 2 A  DOS 11-05 documented, coded 11-06, HELD 11-06, sent 11-08 500.00; 11-25 PARTIALLY_DENIED paid 300,
 *      contractual 100, denied 100 (CODING, CARC 11); a secondary claim to C 11-26 (not counted)
 * 3 B  DOS 11-10 sent 11-12 2000.00; 11-28 DENIED 2000 (AUTHORIZATION, CARC 197); APPEALED 11-29
 * 4 B  DOS 11-15 sent 11-17 400.00, 277CA rejection 11-18, sent again 11-19; not adjudicated
 * 5 A  DOS 08-01 documented 08-01 coded 08-02 sent 08-03 12:00 600.00; 10-10 PARTIALLY_DENIED paid 400,
 *      contractual 100, denied 100 (ELIGIBILITY_REGISTRATION, CARC 27), never worked
 * 6 B  DOS 10-05 sent 10-07 300.00; 10-20 DENIED 300 (TIMELY_FILING, CARC 29); WRITTEN_OFF 300 10-25
 * 7 A  documented 11-27, expected 250.00, not coded
 * 8 A  documented 11-29, expected 150.00, coded 11-30, not billed
 * </pre>
 */
@QuarkusTest
@QuarkusTestResource(value = RevCycleInfrastructure.class,
        initArgs = @ResourceArg(name = "database", value = "revenue_insights"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KpiReportTest {

    private static final String AS_OF = "2026-12-01T00:00:00Z";
    /** Fact rows the seeded set makes: 36 events (the replayed one once). */
    private static final int FACTS = 36;

    @Inject
    FactStore facts;

    @BeforeAll
    static void exactNumbers() {
        RestAssured.config = RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    @Test
    @Order(1)
    @TestSecurity(user = "manager-1", roles = Roles.BILLING_MANAGER)
    void shouldComputeEveryKpiFromTheEventsAsComputedByHand() {
        seed(new SeededEvents());
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew()
                .call(() -> facts.upTo(Instant.parse("2100-01-01T00:00:00Z")).size())).isEqualTo(FACTS));

        JsonPath r = given().queryParam("asOf", AS_OF).queryParam("days", 30).get("/kpis").then().statusCode(200)
                .extract().jsonPath();
        assertThat(r.getString("periodStart")).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(r.getString("priorPeriodStart")).isEqualTo("2026-10-02T00:00:00Z");
        assertThat(r.getString("dataAsOf")).isEqualTo("2026-11-30T10:00:00Z");

        // first submitted in the period: 1, 2, 3, 4; clean (no hold, no rejection): 1, 3. Prior: 6, clean.
        assertKpi(r, "cleanClaimRate", "50.0", "2", "4", "100.0");
        // first adjudicated in the period: 1, 2, 3; with a denial: 2, 3. Prior: 5, 6, both denied.
        assertKpi(r, "initialDenialRate", "66.7", "2", "3", "100.0");
        // (100.00 + 2000.00) / (1000.00 + 500.00 + 2000.00) = 60 %; prior (100.00 + 300.00) / (600.00 + 300.00)
        assertKpi(r, "initialDenialDollarRate", "60.0", "2100.00", "3500.00", "44.4");
        // paid in full at the first adjudication, sent once, never held or rejected: 1 of 3; prior none of 2
        assertKpi(r, "firstPassResolutionRate", "33.3", "1", "3", "0.0");
        // net A/R: open balances 2: 500 - 300 - 100 = 100.00, 3: 2000.00, 5: 600 - 400 - 100 = 100.00, 1 and 6: 0,
        // plus 4's 400.00 at the window's realization 1500.00 / 4400.00 = 136.36: 2336.36; net revenue of the
        // window (allowed of claims first adjudicated in it: 800 + 300 + 0 + 400 + 0) 1500.00:
        // 2336.36 x 90 / 1500.00 = 140.18. Prior (Nov 1): 5's 100.00 over 400.00 allowed: 100 x 90 / 400 = 22.5
        assertKpi(r, "netDaysInAr", "140.2", "2336.36", "1500.00", "22.5");
        // not billed: 7 (250.00) and 8 (150.00) = 400.00; first submitted in the window: 1000 + 500 + 2000 + 400
        // + 300 = 4200.00: 400 x 90 / 4200 = 8.57. Prior: nothing unbilled.
        assertKpi(r, "dnfbDays", "8.6", "400.00", "4200.00", "0.0");
        // billed A/R 2600.00 (2: 100, 3: 2000, 4: 400 at its charge, 5: 100); over 90 days since service: 5
        assertKpi(r, "arOver90Percent", "3.8", "100.00", "2600.00", "100.0");

        List<Map<String, Object>> aging = r.getList("arAging");
        assertThat(aging).extracting(a -> a.get("payerId")).containsExactly("PAYER-A", "PAYER-B", null);
        assertAmounts(aging.get(0), "100.00", "0.00", "0.00", "100.00", "200.00", "50.0");
        assertAmounts(aging.get(1), "2400.00", "0.00", "0.00", "0.00", "2400.00", "0.0");
        assertAmounts(aging.get(2), "2500.00", "0.00", "0.00", "100.00", "2600.00", "3.8");

        // denials raised in the period, largest first: 2000.00 of 2100.00 = 95.2 %, then all
        List<Map<String, Object>> pareto = r.getList("denialPareto");
        assertThat(pareto).extracting(b -> b.get("category") + "/" + b.get("payerId") + "/" + b.get("count"))
                .containsExactly("AUTHORIZATION/PAYER-B/1", "CODING/PAYER-A/1");
        assertThat(num(pareto.get(0).get("amount"))).isEqualByComparingTo("2000.00");
        assertThat(num(pareto.get(0).get("cumulativePercent"))).isEqualByComparingTo("95.2");
        assertThat(num(pareto.get(1).get("amount"))).isEqualByComparingTo("100.00");
        assertThat(num(pareto.get(1).get("cumulativePercent"))).isEqualByComparingTo("100.0");

        // each day's end: the coding queue (documented, not coded) and the denial queue (raised, not yet
        // corrected, voided, appealed, written off or resolved), with the oldest item's age in whole days
        List<Map<String, Object>> queues = r.getList("workQueues");
        assertThat(queues).hasSize(30);
        // Nov 1: no encounter waits; 5's denial since Oct 10 10:00 (22 days 14 h); 6's was written off
        assertThat(queues.get(0)).containsEntry("day", "2026-11-01").containsEntry("codingSize", 0)
                .containsEntry("codingOldestDays", null).containsEntry("denialSize", 1)
                .containsEntry("denialOldestDays", 22);
        // Nov 2: encounter 1 documented at 10:00
        assertThat(queues.get(1)).containsEntry("codingSize", 1).containsEntry("codingOldestDays", 0);
        // Nov 28: denials of 5, 2 and 3 open; Nov 29: 7 (2 days 14 h) and 8 wait, 3 appealed
        assertThat(queues.get(27)).containsEntry("day", "2026-11-28").containsEntry("denialSize", 3)
                .containsEntry("denialOldestDays", 49);
        assertThat(queues.get(28)).containsEntry("codingSize", 2).containsEntry("codingOldestDays", 2)
                .containsEntry("denialSize", 2);
        // Nov 30: 8 coded; 7 waits 3 days 14 h
        assertThat(queues.get(29)).containsEntry("day", "2026-11-30").containsEntry("codingSize", 1)
                .containsEntry("codingOldestDays", 3).containsEntry("denialSize", 2).containsEntry("denialOldestDays", 51);

        // targets come with each KPI (application.properties) and say whether it is met
        assertThat(kpi(r, "cleanClaimRate")).containsEntry("meetsTarget", false);
        assertThat(num(kpi(r, "cleanClaimRate").get("target"))).isEqualByComparingTo("95.0");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "manager-2", roles = Roles.CODING_MANAGER)
    void shouldAnswerAProblemForAnUnreadableDate() {
        given().queryParam("asOf", "yesterday").get("/kpis").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("days", 0).get("/kpis").then().statusCode(400);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "coder-1", roles = Roles.CODER)
    void shouldRefuseACoder() {
        given().get("/kpis").then().statusCode(403);
    }

    private static void seed(SeededEvents s) {
        s.documented("1", "PAYER-A", "2026-11-02", "1000.00");
        s.coded("1", "PAYER-A", "2026-11-02", "2026-11-03T10:00:00");
        ClaimSubmitted first = s.submitted("1", "PAYER-A", "2026-11-02", "2026-11-04T10:00:00", "1000.00", "P");
        TestEvents.publish(Topics.CLAIM_SUBMITTED, first.getClaimId(), first); // a replay: must count once
        s.adjudicated("1", "PAYER-A", "2026-11-02", "2026-11-20T10:00:00", "PAID", "1000.00", "700.00", "100.00",
                "200.00", "0.00");

        s.documented("2", "PAYER-A", "2026-11-05", "500.00");
        s.coded("2", "PAYER-A", "2026-11-05", "2026-11-06T10:00:00");
        s.held("2", "PAYER-A", "2026-11-06T11:00:00");
        s.submitted("2", "PAYER-A", "2026-11-05", "2026-11-08T10:00:00", "500.00", "P");
        s.adjudicated("2", "PAYER-A", "2026-11-05", "2026-11-25T10:00:00", "PARTIALLY_DENIED", "500.00", "300.00",
                "0.00", "100.00", "100.00");
        s.denied("2", "PAYER-A", "2026-11-25T10:00:00", "CODING", "11", "100.00");
        s.submitted("2", "PAYER-C", "2026-11-05", "2026-11-26T10:00:00", "100.00", "S");

        s.documented("3", "PAYER-B", "2026-11-10", "2000.00");
        s.coded("3", "PAYER-B", "2026-11-10", "2026-11-11T10:00:00");
        s.submitted("3", "PAYER-B", "2026-11-10", "2026-11-12T10:00:00", "2000.00", "P");
        s.adjudicated("3", "PAYER-B", "2026-11-10", "2026-11-28T10:00:00", "DENIED", "2000.00", "0.00", "0.00",
                "0.00", "2000.00");
        s.denied("3", "PAYER-B", "2026-11-28T10:00:00", "AUTHORIZATION", "197", "2000.00");
        s.denialAction("3", "PAYER-B", "2026-11-29T10:00:00", "APPEALED", "2000.00");

        s.documented("4", "PAYER-B", "2026-11-15", "400.00");
        s.coded("4", "PAYER-B", "2026-11-15", "2026-11-16T10:00:00");
        s.submitted("4", "PAYER-B", "2026-11-15", "2026-11-17T10:00:00", "400.00", "P");
        s.rejected("4", "PAYER-B", "2026-11-18T10:00:00");
        s.submitted("4", "PAYER-B", "2026-11-15", "2026-11-19T10:00:00", "400.00", "P");

        s.documented("5", "PAYER-A", "2026-08-01", "600.00");
        s.coded("5", "PAYER-A", "2026-08-01", "2026-08-02T10:00:00");
        s.submitted("5", "PAYER-A", "2026-08-01", "2026-08-03T12:00:00", "600.00", "P");
        s.adjudicated("5", "PAYER-A", "2026-08-01", "2026-10-10T10:00:00", "PARTIALLY_DENIED", "600.00", "400.00",
                "0.00", "100.00", "100.00");
        s.denied("5", "PAYER-A", "2026-10-10T10:00:00", "ELIGIBILITY_REGISTRATION", "27", "100.00");

        s.documented("6", "PAYER-B", "2026-10-05", "300.00");
        s.coded("6", "PAYER-B", "2026-10-05", "2026-10-06T10:00:00");
        s.submitted("6", "PAYER-B", "2026-10-05", "2026-10-07T10:00:00", "300.00", "P");
        s.adjudicated("6", "PAYER-B", "2026-10-05", "2026-10-20T10:00:00", "DENIED", "300.00", "0.00", "0.00",
                "0.00", "300.00");
        s.denied("6", "PAYER-B", "2026-10-20T10:00:00", "TIMELY_FILING", "29", "300.00");
        s.denialAction("6", "PAYER-B", "2026-10-25T10:00:00", "WRITTEN_OFF", "300.00");

        s.documented("7", "PAYER-A", "2026-11-27", "250.00");
        s.documented("8", "PAYER-A", "2026-11-29", "150.00");
        s.coded("8", "PAYER-A", "2026-11-29", "2026-11-30T10:00:00");
    }

    private static Map<String, Object> kpi(JsonPath r, String key) {
        List<Map<String, Object>> kpis = r.getList("kpis");
        return kpis.stream().filter(k -> key.equals(k.get("key"))).findFirst().orElseThrow();
    }

    private static void assertKpi(JsonPath r, String key, String value, String numerator, String denominator,
            String prior) {
        Map<String, Object> k = kpi(r, key);
        assertThat(num(k.get("value"))).as(key).isEqualByComparingTo(value);
        assertThat(num(k.get("numerator"))).as(key + " numerator").isEqualByComparingTo(numerator);
        assertThat(num(k.get("denominator"))).as(key + " denominator").isEqualByComparingTo(denominator);
        assertThat(num(k.get("prior"))).as(key + " prior").isEqualByComparingTo(prior);
    }

    /** JSON numbers as exact decimals (a whole number comes back as an Integer). */
    private static BigDecimal num(Object jsonNumber) {
        return jsonNumber == null ? null : new BigDecimal(jsonNumber.toString());
    }

    private static void assertAmounts(Map<String, Object> row, String d30, String d60, String d90, String over90,
            String total, String percent) {
        assertThat(num(row.get("days0To30"))).isEqualByComparingTo(d30);
        assertThat(num(row.get("days31To60"))).isEqualByComparingTo(d60);
        assertThat(num(row.get("days61To90"))).isEqualByComparingTo(d90);
        assertThat(num(row.get("over90"))).isEqualByComparingTo(over90);
        assertThat(num(row.get("total"))).isEqualByComparingTo(total);
        assertThat(num(row.get("percentOver90"))).isEqualByComparingTo(percent);
    }
}
