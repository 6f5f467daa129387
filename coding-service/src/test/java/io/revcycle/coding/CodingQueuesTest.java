package io.revcycle.coding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
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
import io.revcycle.coding.domain.DenialReview;
import io.revcycle.coding.service.CodingQueues;
import io.revcycle.coding.service.CodingWorklist;
import io.revcycle.coding.service.QueueFilter;
import io.revcycle.events.DenialReviewChanged;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

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

    @Test
    void shouldPullDenialReReviewsNearestAppealDeadlineFirstAndLockThemToTheirCoder() {
        String facility = "FAC-Q-" + UUID.randomUUID();
        String id = open(facility, LocalDate.now().minusDays(5), null);
        long later = denialReview(id, "OPEN", 3, "75.00", LocalDate.now().plusDays(50));
        long sooner = denialReview(id, "OPEN", 1, "40.50", LocalDate.now().plusDays(20));
        denialReview(id, "DONE", 2, "99.00", LocalDate.now().plusDays(5));

        assertThat(pullDenialReview(facility)).isEqualTo(sooner);
        given().post("/worklist/next?kind=denial-review&facilityId=" + facility + "&ageBucket=0-3").then()
                .statusCode(200).body("id", equalTo((int) later)).body("encounterId", equalTo(id));
        given().post("/worklist/next?kind=denial-review&facilityId=" + facility).then().statusCode(204);
        given().post("/worklist/next?kind=appeal").then().statusCode(400);
        // the work items of the queue are pulled apart from its re-reviews
        given().post("/worklist/next?facilityId=" + facility).then().statusCode(200).body("encounterId", equalTo(id));

        // locked to its coder: another coder cannot complete it until it is released
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update denial_review set assigned_to = 'coder-other' where id = :id").setParameter("id", later)
                .executeUpdate());
        given().contentType(ContentType.JSON).body(Map.of("outcome", "CODES_CONFIRMED"))
                .post("/worklist/denial-reviews/{id}/complete", later).then().statusCode(409);
        given().post("/worklist/denial-reviews/{id}/release", later).then().statusCode(200)
                .body("assignedTo", equalTo(null));
        // announced (claims-service notes it; the denial stays with coding)
        DenialReviewChanged released = TestEvents.awaitEvent(Topics.CODING_DENIAL_REVIEW, DenialReviewChanged.class,
                e -> e.getReviewId() == later, Duration.ofSeconds(30));
        assertThat(released.getChange()).isEqualTo("RELEASED");
        assertThat(released.getOutcome()).isNull();
        assertThat(released.getActedBy()).isEqualTo("coder-q");
        given().post("/worklist/denial-reviews/{id}/release", later).then().statusCode(409);
        assertThat(pullDenialReview(facility)).isEqualTo(later);
        given().contentType(ContentType.JSON).body(Map.of("outcome", "CODES_CONFIRMED"))
                .post("/worklist/denial-reviews/{id}/complete", later).then().statusCode(200)
                .body("completedBy", equalTo("coder-q"));
        given().post("/worklist/denial-reviews/{id}/release", later).then().statusCode(409);
    }

    @Test
    void shouldNeverGiveTwoCodersPullingDenialReReviewsConcurrentlyTheSameOne() throws Exception {
        String facility = "FAC-Q-" + UUID.randomUUID();
        Set<Long> opened = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            String id = open(facility, LocalDate.now().minusDays(3), null);
            opened.add(denialReview(id, "OPEN", i % 4, "10.00", LocalDate.now().plusDays(30 + i)));
        }
        QueueFilter queue = new QueueFilter(facility, null, null, null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<Long>>> coders = new ArrayList<>();
            for (String coder : List.of("coder-a", "coder-b", "coder-c")) {
                coders.add(pool.submit(() -> {
                    start.await();
                    List<Long> pulled = new ArrayList<>();
                    for (Optional<DenialReview> r = queues.pullNextDenialReview(coder, queue); r.isPresent();
                            r = queues.pullNextDenialReview(coder, queue)) {
                        pulled.add(r.get().id);
                    }
                    return pulled;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> coder : coders) {
                all.addAll(coder.get());
            }
            assertThat(all).as("every re-review pulled exactly once").doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(opened);
        } finally {
            pool.shutdownNow();
        }
    }

    private static long pullDenialReview(String facility) {
        return given().post("/worklist/next?kind=denial-review&facilityId=" + facility).then().statusCode(200)
                .body("assignedTo", equalTo("coder-q")).extract().<Number>path("id").longValue();
    }

    private long denialReview(String encounterId, String status, int daysAgo, String amount) {
        return denialReview(encounterId, status, daysAgo, amount, null);
    }

    /** A denial re-review as DenialRaisedHandler stores it, the denial having come back {@code daysAgo}. */
    private long denialReview(String encounterId, String status, int daysAgo, String amount, LocalDate deadline) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("insert into denial_review "
                + "(event_id, claim_id, encounter_id, payer_id, department, category, reasons, denied_amount, status, "
                + "created_at, appeal_deadline) values (gen_random_uuid(), :claim, :encounter, 'SYNPAYER1', 'CODING', "
                + "'CODING', 'line 1 99214 CO-11', cast(:amount as numeric), :status, "
                + "now() - make_interval(days => :days), cast(:deadline as date)) returning id")
                .setParameter("claim", "CLM-" + encounterId).setParameter("encounter", encounterId)
                .setParameter("amount", amount).setParameter("status", status).setParameter("days", daysAgo)
                .setParameter("deadline", deadline == null ? null : deadline.toString())
                .getSingleResult()).longValue());
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

    @Test
    void shouldPageAFilteredWorkListInTheChosenOrderWithItsTotal() {
        String facility = "FAC-P-" + UUID.randomUUID();
        String d10 = open(facility, LocalDate.now().minusDays(10), new BigDecimal("100.00"));
        String d10dear = open(facility, LocalDate.now().minusDays(10), new BigDecimal("900.00"));
        String d5 = open(facility, LocalDate.now().minusDays(5), new BigDecimal("50.00"));
        String d3 = open(facility, LocalDate.now().minusDays(3), new BigDecimal("2000.00"));
        String d1 = open(facility, LocalDate.now().minusDays(1), null);

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            var page = given().get("/worklist?facilityId=" + facility + "&sort=oldest&limit=2&offset=" + offset)
                    .then().statusCode(200).header("X-Total-Count", "5").extract();
            List<String> ids = page.jsonPath().getList("encounterId", String.class);
            assertThat(ids).hasSizeLessThanOrEqualTo(2);
            paged.addAll(ids);
        }
        assertThat(paged).containsExactly(d10dear, d10, d5, d3, d1);
        assertThat(given().get("/worklist?facilityId=" + facility + "&sort=charge").then().statusCode(200)
                .extract().jsonPath().getList("encounterId", String.class)).containsExactly(d3, d10dear, d10, d5, d1);
        assertThat(given().get("/worklist?facilityId=" + facility + "&q=" + d5.substring(d5.length() - 10).toLowerCase())
                .then().statusCode(200).header("X-Total-Count", "1").extract().jsonPath()
                .getList("encounterId", String.class)).containsExactly(d5);
        given().get("/worklist?offset=-1").then().statusCode(400);
        given().get("/worklist?limit=0").then().statusCode(400);
        given().get("/worklist?limit=lots").then().statusCode(400);
        given().get("/worklist?sort=sideways").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "coder-q", roles = Roles.CODER) // a coder alone: the managers' report stays closed
    void shouldShowACoderOnlyTheirOwnProductivity() {
        String id = open("FAC-M-" + UUID.randomUUID(), LocalDate.now().minusDays(2), new BigDecimal("120.00"));
        given().contentType(ContentType.JSON)
                .body(Map.of("diagnosisCodes", List.of("E11.9", "I10"), "lines", List.of(Map.of("lineNumber", 1,
                        "procedureCode", "99214", "units", 1, "diagnosisPointers", List.of(1, 2)))))
                .put("/worklist/" + id + "/codes").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of()).post("/worklist/" + id + "/finalize").then()
                .statusCode(200);

        List<Map<String, Object>> mine = given().get("/reports/productivity/mine").then().statusCode(200).extract()
                .jsonPath().getList("$");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0)).containsEntry("coder", "coder-q");
        assertThat((Integer) mine.get(0).get("items")).isPositive();
        given().get("/reports/productivity").then().statusCode(403);
        given().get("/reports/productivity/mine?from=someday").then().statusCode(400);
    }

    private String open(String facility, LocalDate dateOfService, BigDecimal expectedCharge) {
        return Encounters.openForReview(worklist, Encounters.newId(), facility, dateOfService, expectedCharge);
    }
}
