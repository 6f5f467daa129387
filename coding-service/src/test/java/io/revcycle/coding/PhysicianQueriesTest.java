package io.revcycle.coding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.revcycle.coding.service.CodingWorklist;
import io.revcycle.coding.service.QueryTemplates;
import io.revcycle.events.CodingQueryAnswered;
import io.revcycle.events.CodingQueryRaised;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

/** Physician queries through the real broker: raise → hold → answer → back to the coder; aging and response rate. */
@QuarkusTest
@TestSecurity(user = "coder-cdi", roles = { Roles.CODER, Roles.PHYSICIAN, Roles.CODING_MANAGER })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "coding"))
class PhysicianQueriesTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    CodingWorklist worklist;

    @Inject
    QueryTemplates templates;

    @Test
    void shouldHoldTheItemUntilThePhysicianAnswersAndReturnItToItsCoder() {
        String id = open();
        given().post("/worklist/next?facilityId=" + facilityOf(id)).then().statusCode(200);

        String queryId = given().contentType(ContentType.JSON)
                .body(Map.of("encounterId", id, "templateId", "HEART_FAILURE_SPECIFICITY",
                        "clinicalIndicators", List.of("BNP 1,450 pg/mL", "Ejection fraction 30 %", "IV furosemide")))
                .post("/queries").then().statusCode(201)
                .body("options[-1]", equalTo("Clinically undetermined")).body("options[-2]", equalTo("Other"))
                .body("physicianNpi", equalTo(Encounters.RENDERING_NPI)).body("ageDays", equalTo(0))
                .extract().path("queryId");

        CodingQueryRaised raised = TestEvents.awaitEvent(Topics.CODING_QUERY_RAISED, CodingQueryRaised.class,
                e -> e.getEncounterId().equals(id), WAIT);
        assertThat(raised.getQueryId().toString()).isEqualTo(queryId);
        assertThat(raised.getTemplateId()).isEqualTo("HEART_FAILURE_SPECIFICITY");
        assertThat(raised.getRaisedBy()).isEqualTo("coder-cdi");
        assertThat(raised.toString()).as("the cited indicators stay with the chart").doesNotContain("BNP");

        given().get("/worklist/" + id).then().body("status", equalTo("ON_HOLD"))
                .body("queries[0].clinicalIndicators[0]", equalTo("BNP 1,450 pg/mL"));
        given().contentType(ContentType.JSON).body(Map.of()).post("/worklist/" + id + "/finalize")
                .then().statusCode(409).body("detail", containsString("on hold"));
        given().get("/queries?physicianNpi=" + Encounters.RENDERING_NPI).then().statusCode(200)
                .body("find { it.queryId == '" + queryId + "' }.ageDays", equalTo(0));

        given().contentType(ContentType.JSON).body(Map.of("answer", "Heart failure, probably"))
                .post("/queries/" + queryId + "/answer").then().statusCode(422);
        given().contentType(ContentType.JSON).body(Map.of("answer", "Other"))
                .post("/queries/" + queryId + "/answer").then().statusCode(422);
        given().contentType(ContentType.JSON)
                .body(Map.of("answer", "Acute on chronic systolic (congestive) heart failure"))
                .post("/queries/" + queryId + "/answer").then().statusCode(200)
                .body("answeredBy", equalTo("coder-cdi"));
        given().contentType(ContentType.JSON).body(Map.of("answer", "Other", "comment", "again"))
                .post("/queries/" + queryId + "/answer").then().statusCode(409);

        CodingQueryAnswered answered = TestEvents.awaitEvent(Topics.CODING_QUERY_ANSWERED, CodingQueryAnswered.class,
                e -> e.getEncounterId().equals(id), WAIT);
        assertThat(answered.getAnswer()).isEqualTo("Acute on chronic systolic (congestive) heart failure");
        given().get("/worklist/" + id).then().body("status", equalTo("NEEDS_REVIEW"))
                .body("assignedTo", equalTo("coder-cdi"))
                .body("queries[0].answer", equalTo("Acute on chronic systolic (congestive) heart failure"));

        given().get("/queries/stats").then().statusCode(200)
                .body("find { it.physicianNpi == '" + Encounters.RENDERING_NPI + "' }.answered",
                        org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void shouldShipOnlyCompliantTemplatesAndRefuseALeadingOne() {
        assertThat(templates.all()).hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(t -> assertThat(QueryTemplates.problems(t)).as(t.id()).isEmpty());
        QueryTemplates.Template leading = new QueryTemplates.Template("LEADING", "t",
                "Please document acute respiratory failure, which would raise the DRG.",
                List.of("Acute respiratory failure", "Other", "Clinically undetermined"));
        QueryTemplates.Template yesNo = new QueryTemplates.Template("YES_NO", "t", "Is heart failure present?",
                List.of("Yes", "No"));
        assertThat(QueryTemplates.problems(leading)).hasSize(2);
        assertThat(QueryTemplates.problems(yesNo)).hasSize(1);
    }

    @Test
    @TestSecurity(user = "coder-only", roles = Roles.CODER)
    void shouldLeaveAnsweringToPhysicians() {
        given().contentType(ContentType.JSON).body(Map.of("answer", "Other", "comment", "x"))
                .post("/queries/" + UUID.randomUUID() + "/answer").then().statusCode(403);
    }

    private String facilityOf(String id) {
        return given().get("/worklist/" + id).then().extract().path("facilityId");
    }

    private String open() {
        String id = Encounters.newId();
        EncounterDocumented event = Encounters.event(id, "TEST",
                List.of(Encounters.diagnosis(1, "Heart failure", "I50.9"),
                        Encounters.diagnosis(2, "Elevated blood pressure", null)),
                List.of(Encounters.procedure(1, "Office visit", "99214", List.of(), List.of(1, 2))));
        event.setFacilityId("FAC-CDI-" + UUID.randomUUID());
        QuarkusTransaction.requiringNew().run(() -> worklist.open(event));
        return id;
    }
}
