package io.revcycle.coding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.revcycle.coding.domain.CodingWorkItem;
import io.revcycle.coding.service.CodingQueues;
import io.revcycle.coding.service.CodingWorklist;
import io.revcycle.coding.service.QueueFilter;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;

/** Coding queues on the real database: concurrent pulls, priority, the lock to a coder, assignment, counts. */
@QuarkusTest
@TestSecurity(user = "coder-q", roles = { Roles.CODER, Roles.CODING_MANAGER })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "coding"))
class CodingQueuesTest {

    @Inject
    CodingWorklist worklist;

    @Inject
    CodingQueues queues;

    @Inject
    EntityManager em;

    @Test
    void shouldNeverGiveTwoCodersPullingConcurrentlyTheSameItem() throws Exception {
        String facility = "FAC-Q-" + UUID.randomUUID();
        Set<String> opened = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            opened.add(open(facility, LocalDate.now().minusDays(i % 9), null));
        }
        QueueFilter queue = new QueueFilter(facility, null, null, null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> coders = new ArrayList<>();
            for (String coder : List.of("coder-a", "coder-b", "coder-c", "coder-d")) {
                coders.add(pool.submit(pullUntilEmpty(coder, queue, start)));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (int c = 0; c < coders.size(); c++) {
                List<String> pulled = coders.get(c).get();
                all.addAll(pulled);
                String coder = "coder-" + (char) ('a' + c);
                assertThat(pulled).allSatisfy(id -> assertThat(assignee(id)).isEqualTo(coder));
            }
            assertThat(all).as("every item pulled exactly once").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(opened);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldPullByAgeAndExpectedChargeAndLockTheItemToItsCoder() {
        String facility = "FAC-Q-" + UUID.randomUUID();
        String recentCheap = open(facility, LocalDate.now().minusDays(2), null);
        String old = open(facility, LocalDate.now().minusDays(10), new BigDecimal("500.00"));
        String recentExpensive = open(facility, LocalDate.now().minusDays(2), new BigDecimal("20000.00"));

        assertThat(pull(facility)).isEqualTo(recentExpensive); // 2 days + 20 = 22
        assertThat(pull(facility)).isEqualTo(old); // 10 days + 0.5
        given().get("/worklist/queues?facilityId=" + facility).then().statusCode(200)
                .body("ageBucket", equalTo(List.of("0-3", "8-14"))).body("open", equalTo(List.of(2, 1)))
                .body("unassigned", equalTo(List.of(1, 0)));
        assertThat(pull(facility)).isEqualTo(recentCheap);
        given().post("/worklist/next?facilityId=" + facility).then().statusCode(204);
        given().get("/worklist/" + old).then().body("assignedTo", equalTo("coder-q"));

        // locked to its coder: another coder's changes and finalize are refused
        QuarkusTransaction.requiringNew().run(() -> queues.assign(old, "coder-other"));
        given().contentType(ContentType.JSON)
                .body(Map.of("diagnosisCodes", List.of("E11.9", "I10"), "lines", List.of(Map.of("lineNumber", 1,
                        "procedureCode", "99214", "units", 1, "diagnosisPointers", List.of(1, 2)))))
                .put("/worklist/" + old + "/codes").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of()).post("/worklist/" + old + "/finalize")
                .then().statusCode(409);
        // the manager releases it; changing its codes claims it for the caller
        given().post("/worklist/" + old + "/release").then().statusCode(200).body("assignedTo", equalTo(null));
        given().contentType(ContentType.JSON)
                .body(Map.of("diagnosisCodes", List.of("E11.9", "I10"), "lines", List.of(Map.of("lineNumber", 1,
                        "procedureCode", "99214", "units", 1, "diagnosisPointers", List.of(1, 2)))))
                .put("/worklist/" + old + "/codes").then().statusCode(200).body("assignedTo", equalTo("coder-q"));
        given().post("/worklist/" + old + "/release").then().statusCode(200);
        given().post("/worklist/" + old + "/release").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("coder", "coder-x"))
                .post("/worklist/" + old + "/assign").then().statusCode(200).body("assignedTo", equalTo("coder-x"));
    }

    @Test
    void shouldCountQueuesByFacilityTypeSpecialtyAndAgeBucket() {
        String facility = "FAC-Q-" + UUID.randomUUID();
        open(facility, LocalDate.now().minusDays(1), new BigDecimal("100.00"));
        open(facility, LocalDate.now().minusDays(5), new BigDecimal("250.50"));
        open(facility, LocalDate.now().minusDays(6), null);
        open(facility, LocalDate.now().minusDays(40), null);

        given().get("/worklist/queues?facilityId=" + facility).then().statusCode(200)
                .body("ageBucket", equalTo(List.of("0-3", "4-7", "31+")))
                .body("open", equalTo(List.of(1, 2, 1)))
                .body("oldestDays", equalTo(List.of(1, 6, 40)))
                .body("expectedCharge", equalTo(List.of(100.0f, 250.5f, 0.0f)))
                .body("encounterType", equalTo(List.of("PROFESSIONAL", "PROFESSIONAL", "PROFESSIONAL")));
        given().get("/worklist/queues?facilityId=" + facility + "&ageBucket=4-7").then().body("open", equalTo(List.of(2)));
        given().get("/worklist/queues?ageBucket=5-9").then().statusCode(400);
        given().post("/worklist/next?encounterType=DENTAL").then().statusCode(400);
    }

    @Test
    void shouldCountOpenDenialReReviewsInTheQueueOfTheirEncounter() {
        String facility = "FAC-Q-" + UUID.randomUUID();
        String id = open(facility, LocalDate.now().minusDays(5), null);
        denialReview(id, "OPEN", 10, "75.00");
        denialReview(id, "OPEN", 12, "40.50");
        denialReview(id, "DONE", 9, "99.00");

        given().get("/worklist/queues?facilityId=" + facility).then().statusCode(200)
                .body("ageBucket", equalTo(List.of("4-7", "8-14")))
                .body("open", equalTo(List.of(1, 0)))
                .body("denialReviews", equalTo(List.of(0, 2)))
                .body("deniedAmount", equalTo(List.of(0.0f, 115.5f)))
                .body("oldestDays", equalTo(List.of(5, 12)));
        given().get("/worklist/queues?facilityId=" + facility + "&ageBucket=8-14").then()
                .body("denialReviews", equalTo(List.of(2)));
    }

    /** A denial re-review as DenialRaisedHandler stores it, the denial having come back {@code daysAgo}. */
    private void denialReview(String encounterId, String status, int daysAgo, String amount) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into denial_review (event_id, "
                + "claim_id, encounter_id, payer_id, department, category, reasons, denied_amount, status, created_at) "
                + "values (gen_random_uuid(), :claim, :encounter, 'SYNPAYER1', 'CODING', 'CODING', 'line 1 99214 CO-11', "
                + "cast(:amount as numeric), :status, now() - make_interval(days => :days))")
                .setParameter("claim", "CLM-" + encounterId).setParameter("encounter", encounterId)
                .setParameter("amount", amount).setParameter("status", status).setParameter("days", daysAgo)
                .executeUpdate());
    }

    @Test
    @TestSecurity(user = "coder-only", roles = Roles.CODER)
    void shouldLeaveAssignmentToACodingManager() {
        String id = open("FAC-Q-" + UUID.randomUUID(), LocalDate.now().minusDays(1), null);
        given().contentType(ContentType.JSON).body(Map.of("coder", "coder-only"))
                .post("/worklist/" + id + "/assign").then().statusCode(403);
    }

    private Callable<List<String>> pullUntilEmpty(String coder, QueueFilter queue, CountDownLatch start) {
        return () -> {
            start.await();
            List<String> pulled = new ArrayList<>();
            for (Optional<CodingWorkItem> item = queues.pullNext(coder, queue); item.isPresent();
                    item = queues.pullNext(coder, queue)) {
                pulled.add(item.get().encounterId);
            }
            return pulled;
        };
    }

    private static String pull(String facility) {
        return given().post("/worklist/next?facilityId=" + facility).then().statusCode(200)
                .body("assignedTo", equalTo("coder-q")).extract().path("encounterId");
    }

    private String assignee(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select assigned_to from coding_work_item where encounter_id = :id").setParameter("id", id)
                .getSingleResult());
    }

    private String open(String facility, LocalDate dateOfService, BigDecimal expectedCharge) {
        return Encounters.openForReview(worklist, Encounters.newId(), facility, dateOfService, expectedCharge);
    }
}
