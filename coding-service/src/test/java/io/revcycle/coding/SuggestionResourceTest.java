package io.revcycle.coding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import io.revcycle.security.Roles;

/** GET /suggestions: ranked candidates from the content in force on the date, with the reason. */
@QuarkusTest
@TestSecurity(user = "coder-1", roles = { Roles.CODER })
class SuggestionResourceTest {

    @Test
    void shouldRankDiagnosisCandidatesForTheDate() {
        given().queryParam("text", "Type 2 diabetes mellitus without complications").queryParam("date", "2026-03-02")
                .get("/suggestions").then().statusCode(200)
                .body("[0].code", equalTo("E11.9"))
                .body("[0].description", equalTo("Type 2 diabetes mellitus without complications"))
                .body("[0].reason", equalTo("matched words: type, 2, diabetes, mellitus, without, complications"));
        // low back pain: the FY2022 codes after the cut-over, the old billable M54.5 before it
        given().queryParam("text", "low back pain").queryParam("kind", "diagnosis").queryParam("date", "2026-03-02")
                .queryParam("limit", 3).get("/suggestions").then().statusCode(200)
                .body("code", contains("M54.50", "M54.51", "M54.59"));
        given().queryParam("text", "low back pain").queryParam("date", "2021-09-30").queryParam("limit", 1)
                .get("/suggestions").then().statusCode(200).body("code", contains("M54.5"))
                .body("[0].description", equalTo("Low back pain"));
    }

    @Test
    void shouldSuggestProcedureCodesFromHcpcs() {
        given().queryParam("text", "annual wellness visit, subsequent").queryParam("kind", "procedure")
                .queryParam("date", "2026-03-02").get("/suggestions").then().statusCode(200)
                .body("[0].code", equalTo("G0439")).body("[0].codeSystem", equalTo("HCPCS"))
                .body("[0].reason", startsWith("matched words: annual, wellness, visit, subsequent"));
    }

    @Test
    void shouldRejectBadQueries() {
        given().get("/suggestions").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("text", "cough").queryParam("kind", "drug").get("/suggestions").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("text", "cough").queryParam("date", "2026-02-30").get("/suggestions").then()
                .statusCode(400).contentType("application/problem+json");
        given().queryParam("text", "cough").queryParam("limit", 0).get("/suggestions").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
