package io.revcycle.claims;

import static io.revcycle.claims.ClaimTestSupport.api;
import static io.revcycle.claims.ClaimTestSupport.claimIdOf;
import static io.revcycle.claims.ClaimTestSupport.newEncounterId;
import static io.revcycle.claims.ClaimTestSupport.submitClaim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

import io.revcycle.security.Roles;

/** The read API: filters and paging, and problem+json for bad input. */
@QuarkusTest
@TestSecurity(user = "biller7", roles = { Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
class ClaimRestTest {

    @Test
    void shouldAnswer404ProblemForAnUnknownClaim() {
        api().get("/claims/{id}", "unknown").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", containsString("unknown"));
    }

    @Test
    void shouldAnswer400ProblemForBadFiltersAndPaging() {
        api().queryParam("status", "LOST").get("/claims").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("status"));
        api().queryParam("page", -1).get("/claims").then().statusCode(400).contentType("application/problem+json");
        api().queryParam("page", "abc").get("/claims").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("page"));
        api().queryParam("page", Integer.MAX_VALUE).get("/claims").then().statusCode(400);
        api().queryParam("size", 0).get("/claims").then().statusCode(400).contentType("application/problem+json");
        api().queryParam("size", 100000).get("/claims").then().statusCode(400)
                .contentType("application/problem+json");
        api().queryParam("status", "CLOSED_FOREVER").get("/denials").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void shouldListClaimsByStatusAndEncounterWithoutPatientDetails() {
        String encounterId = newEncounterId();
        submitClaim(encounterId);

        JsonPath page = api().queryParam("status", "sent").queryParam("encounterId", encounterId)
                .get("/claims").then().statusCode(200).extract().jsonPath();
        assertThat(page.getLong("total")).isEqualTo(1);
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getString("items[0].claimId")).isEqualTo(claimIdOf(encounterId));
        assertThat(page.getMap("items[0]")).doesNotContainKeys("memberId", "firstName", "lastName", "dateOfBirth");

        JsonPath held = api().queryParam("status", "HELD").queryParam("encounterId", encounterId).get("/claims")
                .then().statusCode(200).extract().jsonPath();
        assertThat(held.getList("items")).isEmpty();

        JsonPath small = api().queryParam("size", 1).get("/claims").then().statusCode(200).extract().jsonPath();
        assertThat(small.getList("items")).hasSize(1);
        assertThat(small.getLong("total")).isGreaterThanOrEqualTo(1);
    }
}
