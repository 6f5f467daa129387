package io.revcycle.eligibility;

import static io.restassured.RestAssured.given;
import static io.revcycle.eligibility.TestData.coverage;
import static io.revcycle.eligibility.TestData.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;

/**
 * A JSON endpoint takes at most revcycle.http.max-request-body (1 MiB): a larger body is refused with 413
 * problem+json and stores nothing, whether it declares its length or arrives chunked.
 */
@QuarkusTest
@TestSecurity(user = "registration-1", roles = { Roles.REGISTRATION })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "eligibility"))
class RequestSizeLimitTest {

    @TestHTTPResource("/coverages")
    URL coverages;

    @Test
    void shouldRefuseADeclaredLengthOverTheLimitAndStoreNothing() {
        String patientId = id("PAT");
        Map<String, Object> body = oversized(patientId);

        given().contentType(ContentType.JSON).body(body)
                .when().post("/coverages")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));

        given().when().get("/coverages/COV-" + patientId).then().statusCode(404);
    }

    @Test
    void shouldRefuseAChunkedBodyOnceItPassesTheLimitAndStoreNothing() throws Exception {
        String patientId = id("PAT");
        byte[] json = new ObjectMapper().writeValueAsBytes(oversized(patientId));
        // from a stream of unknown length: sent chunked, without Content-Length
        HttpRequest request = HttpRequest.newBuilder(coverages.toURI()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        given().when().get("/coverages/COV-" + patientId).then().statusCode(404);
    }

    @Test
    void shouldStillTakeAnOrdinaryBody() {
        String patientId = id("PAT");
        Map<String, Object> body = coverage(patientId, id("MBR"), "2026-01-01", "2026-12-31");
        body.put("coverageId", "COV-" + patientId);
        given().contentType(ContentType.JSON).body(body).when().post("/coverages").then().statusCode(201);
    }

    private static Map<String, Object> oversized(String patientId) {
        Map<String, Object> body = coverage(patientId, id("MBR"), "2026-01-01", "2026-12-31");
        body.put("coverageId", "COV-" + patientId);
        body.put("planName", "P".repeat(2 * 1024 * 1024));
        return body;
    }
}
