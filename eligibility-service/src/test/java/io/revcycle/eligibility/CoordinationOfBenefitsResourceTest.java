package io.revcycle.eligibility;

import static io.restassured.RestAssured.given;
import static io.revcycle.eligibility.TestData.coverage;
import static io.revcycle.eligibility.TestData.createCoverage;
import static io.revcycle.eligibility.TestData.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.revcycle.events.PayerDirectoryUpdated;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

/** The coverage registry's order of benefits, MSP answers and the payer directory over REST. */
@QuarkusTest
@TestSecurity(user = "registration-1", roles = { Roles.REGISTRATION })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "eligibility"))
class CoordinationOfBenefitsResourceTest {

    @Test
    void shouldOrderAPatientsCoveragesByTheMspAnswersAndNameTheRule() {
        String patientId = id("PAT");
        Map<String, Object> medicare = coverage(patientId, id("MBR"), "2015-01-01", null);
        medicare.put("insuranceType", "MEDICARE");
        medicare.put("payerId", "SYNPAYER2");
        String medicareId = createCoverage(medicare);
        Map<String, Object> employer = coverage(patientId, id("MBR"), "2022-01-01", null);
        employer.put("groupId", "GRP-77");
        employer.put("relationshipToSubscriber", "SPOUSE");
        employer.put("subscriberFirstName", "Sam");
        employer.put("subscriberLastName", "Synthetic");
        employer.put("subscriberBirthDate", "1958-02-01");
        String employerId = createCoverage(employer);

        // no answers yet: Medicare first, flagged
        given().queryParam("dateOfService", "2026-03-15")
                .when().get("/patients/" + patientId + "/coordination-of-benefits")
                .then().statusCode(200)
                .body("mspAnswered", equalTo(false))
                .body("coverages.coverage.coverageId", contains(medicareId, employerId))
                .body("coverages.rule", contains("MEDICARE_PRIMARY_MSP_NOT_ANSWERED", "MEDICARE_PRIMARY_MSP_NOT_ANSWERED"));

        given().contentType(ContentType.JSON)
                .body(Map.of("entitlement", "AGE", "groupPlanCurrentEmployment", true, "employerSize", 250,
                        "esrdCoordinationPeriod", false))
                .when().put("/patients/" + patientId + "/msp-answers")
                .then().statusCode(200)
                .body("medicareSecondaryRule", equalTo("MSP_WORKING_AGED"))
                .body("mspInsuranceType", equalTo("12"))
                .body("answeredBy", equalTo("registration-1"));

        given().queryParam("dateOfService", "2026-03-15")
                .when().get("/patients/" + patientId + "/coordination-of-benefits")
                .then().statusCode(200)
                .body("mspAnswered", equalTo(true))
                .body("coverages.coverage.coverageId", contains(employerId, medicareId))
                .body("coverages.responsibility", contains("P", "S"))
                .body("coverages.order", contains("PRIMARY", "SECONDARY"))
                .body("coverages.rule", contains("MSP_WORKING_AGED", "MSP_WORKING_AGED"))
                .body("coverages[1].mspInsuranceType", equalTo("12"))
                .body("coverages[0].coverage.relationshipToSubscriber", equalTo("SPOUSE"))
                .body("coverages[0].coverage.groupId", equalTo("GRP-77"))
                .body("coverages[0].coverage.subscriberBirthDate", equalTo("1958-02-01"));

        // before the employer plan started only Medicare was active
        given().queryParam("dateOfService", "2021-06-01")
                .when().get("/patients/" + patientId + "/coordination-of-benefits")
                .then().statusCode(200)
                .body("coverages.coverage.coverageId", contains(medicareId))
                .body("coverages[0].rule", equalTo("ONLY_COVERAGE"));
    }

    @Test
    void shouldRejectBadRegistryInputWithProblemsAndStoreNothing() {
        String patientId = id("PAT");
        Map<String, Object> body = coverage(patientId, id("MBR"), "2026-01-01", null);
        body.put("insuranceType", "MARS");
        given().contentType(ContentType.JSON).body(body).when().post("/coverages")
                .then().statusCode(400).contentType("application/problem+json");
        body.put("insuranceType", "MEDICAID");
        body.put("declaredPriority", 12);
        given().contentType(ContentType.JSON).body(body).when().post("/coverages")
                .then().statusCode(400).body("errors.field", hasItem("declaredPriority"));

        given().contentType(ContentType.JSON).body(Map.of("groupPlanCurrentEmployment", true))
                .when().put("/patients/" + patientId + "/msp-answers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("entitlement", "esrdCoordinationPeriod"));
        given().when().get("/patients/" + patientId + "/msp-answers")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("patientId", patientId).when().get("/coverages")
                .then().statusCode(200).body("", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    @TestSecurity(user = "manager-1", roles = { Roles.BILLING_MANAGER })
    void shouldKeepPayerSettingsInTheDirectory() {
        given().when().get("/payers/SYNPAYER1")
                .then().statusCode(200)
                .body("gatewayRoute", equalTo("EDI_GATEWAY"))
                .body("realTimeEligibility", equalTo(false))
                .body("appealWindowDays", equalTo(60));

        String payerId = id("PAYER");
        Map<String, Object> entry = new java.util.HashMap<>(Map.of("name", "PAPER ONLY MUTUAL",
                "interchangeId", "PAPERMUT", "gatewayRoute", "OFFLINE", "realTimeEligibility", false,
                "claimFilingIndicator", "CI", "timelyFilingDays", 365, "appealWindowDays", 180, "followUpDays", 45,
                "acknowledgeOnly", false));
        given().contentType(ContentType.JSON).body(entry).when().put("/payers/" + payerId)
                .then().statusCode(201).body("updatedBy", equalTo("manager-1"));
        entry.put("followUpDays", 21);
        given().contentType(ContentType.JSON).body(entry).when().put("/payers/" + payerId)
                .then().statusCode(200).body("followUpDays", equalTo(21));
        given().when().get("/payers").then().statusCode(200).body("payerId", hasItems("SYNPAYER1", payerId));
        // every entry is announced to the stages that keep a copy: the change, and the seeded payers at start
        PayerDirectoryUpdated changed = TestEvents.awaitEvent(Topics.PAYER_DIRECTORY, PayerDirectoryUpdated.class,
                e -> e.getPayerId().equals(payerId) && e.getFollowUpDays() == 21, Duration.ofSeconds(60));
        assertThat(changed).extracting(PayerDirectoryUpdated::getGatewayRoute, PayerDirectoryUpdated::getInterchangeId,
                PayerDirectoryUpdated::getTimelyFilingDays, PayerDirectoryUpdated::getAppealWindowDays,
                PayerDirectoryUpdated::getUpdatedBy).containsExactly("OFFLINE", "PAPERMUT", 365, 180, "manager-1");
        assertThat(TestEvents.awaitEvent(Topics.PAYER_DIRECTORY, PayerDirectoryUpdated.class,
                e -> e.getPayerId().equals("SYNPAYER1"), Duration.ofSeconds(60)))
                .extracting(PayerDirectoryUpdated::getAppealWindowDays, PayerDirectoryUpdated::getFollowUpDays,
                        PayerDirectoryUpdated::getTimelyFilingDays).containsExactly(60, 30, 90);

        entry.put("timelyFilingDays", 0);
        entry.remove("gatewayRoute");
        given().contentType(ContentType.JSON).body(entry).when().put("/payers/" + payerId)
                .then().statusCode(400).body("errors.field", hasItems("timelyFilingDays", "gatewayRoute"));
        given().when().get("/payers/" + payerId).then().statusCode(200).body("timelyFilingDays", equalTo(365));
        given().when().get("/payers/NO-SUCH-PAYER").then().statusCode(404)
                .contentType("application/problem+json").body("detail", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldRefuseDirectoryChangesToRegistration() {
        given().contentType(ContentType.JSON).body("{}").when().put("/payers/SYNPAYER1")
                .then().statusCode(403);
        given().when().get("/payers/SYNPAYER1").then().statusCode(200).body("claimFilingIndicator", equalTo("CI"))
                .body("acknowledgeOnly", equalTo(false)).body("name", equalTo("SYNTHETIC HEALTH PLAN"))
                .body("interchangeId", equalTo("SYNPAYER1")).body("updatedBy", equalTo("V3"))
                .body("followUpDays", equalTo(30)).body("timelyFilingDays", equalTo(90))
                .body("gatewayRoute", equalTo("EDI_GATEWAY")).body("realTimeEligibility", equalTo(false))
                .body("payerId", equalTo("SYNPAYER1")).body("appealWindowDays", equalTo(60))
                .body("updatedAt", org.hamcrest.Matchers.notNullValue()).body("missing", nullValue());
    }
}
