package io.revcycle.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.revcycle.stack.LocalStack;
import io.revcycle.stack.ProjectLayout;
import io.revcycle.stack.ServiceApp;
import io.revcycle.stack.demo.ApiClient;
import io.revcycle.stack.demo.DemoDriver;
import io.revcycle.stack.demo.DemoSummary;
import io.revcycle.stack.demo.EdiFolder;
import io.revcycle.stack.demo.Progress;
import io.revcycle.stack.demo.SyntheticEncounters;
import io.revcycle.stack.demo.SyntheticEncounters.Case;

/**
 * Every service as its own process on a real broker, registry and PostgreSQL, driven only through public APIs.
 */
@Order(2) // after ChaosEndToEndTest, on the same stack (SharedStack)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedStack.Resolver.class)
class RevenueCycleEndToEndTest {

    private static LocalStack stack;
    private static OtlpTraceReceiver traces;
    /** The checks read as the billing manager, who sees every billing service (docs/security.md). */
    private static ApiClient API;

    @BeforeAll
    static void useSharedStack(SharedStack shared) {
        stack = shared.stack;
        traces = shared.traces;
        API = new ApiClient().as(stack.tokens().user("billing-manager"));
    }

    @Test
    @Order(1)
    void shouldTakeHundredEncountersThroughTheX12LoopToPatientBalanceWithExactAmounts() throws Exception {
        // the chaos run before this class SIGKILLed services: spans they had not exported yet are gone, so the trace
        // test (next) looks at this run's spans only
        traces.clear();
        List<Case> cases = SyntheticEncounters.generate(100, 1001L);
        assertThat(cases).anyMatch(Case::facility).anyMatch(Case::mistypedMemberId);

        DemoSummary summary = new DemoDriver(stack::url, stack.tokens(), Progress.silent(), stack.mllpPort(),
                stack.adtMllpPort()).run(cases, 1001L, Duration.ofMinutes(6), stack.ediDir());

        assertThat(summary.allFinal()).as("every encounter held or adjudicated").isTrue();
        assertThat(summary.documentedAsFhir()).as("part documented as FHIR R4 bundles").isPositive();
        assertThat(summary.documentedAsHl7()).as("part documented as HL7 v2 DFT^P03 over MLLP").isPositive();
        assertThat(summary.registeredAsHl7()).as("part registered as HL7 v2 ADT^A04 over MLLP").isPositive();
        assertThat(summary.inpatientStays()).as("hospital stays among the encounters").isPositive();
        assertThat(summary.inpatientClaimsOn837I()).as("every stay billed on an 837I")
                .isEqualTo(summary.inpatientStays());
        assertThat(summary.inpatientProceduresOn837I()).as("every stay's 837I with its ICD-10-PCS procedures (HI BBR/BBQ)")
                .isEqualTo(summary.inpatientStays());
        assertEveryClaimExact(cases);
        assertEveryTimelineInOrder(cases);
        assertThat(summary.claimsCorrected()).isEqualTo(cases.stream().filter(Case::mistypedMemberId)
                .filter(c -> !ExpectedAdjudication.of(c).held()).count());
        assertThat(summary.ediFiles()).containsKeys("837P", "837I", "999", "277CA", "835");
        assertTotalsAgreeAcrossServices();
        assertDnfbCountsTheClaimsHeldInClaims();
        EdiFiles.assertAllCleanInBothReadings(EdiFolder.files(stack.ediDir()));
    }

    @Test
    @Order(2)
    void shouldTraceAnEncounterAcrossEveryServiceInTheExportedSpans() {
        List<String> chain = List.of("coding-service", "eligibility-service", "claims-service", "remittance-service",
                "patient-billing-service");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<OtlpTraceReceiver.ExportedSpan> spans = traces.spans();
            Map<String, Set<String>> servicesByTrace = spans.stream().collect(Collectors.groupingBy(
                    OtlpTraceReceiver.ExportedSpan::traceId,
                    Collectors.mapping(OtlpTraceReceiver.ExportedSpan::service, Collectors.toSet())));
            // one trace id from documentation to the patient ledger
            List<String> whole = servicesByTrace.entrySet().stream().filter(e -> e.getValue().containsAll(chain))
                    .map(Map.Entry::getKey).toList();
            assertThat(whole).as("traces through %s", chain).isNotEmpty();
            // the 837 interchange, which carries many claims, is a trace of its own linked to each claim's trace:
            // through it the encounter reaches the payer
            Set<String> wholeSet = Set.copyOf(whole);
            Set<String> interchangeTraces = spans.stream()
                    .filter(s -> s.service().equals("claims-service") && s.name().startsWith("send 837"))
                    .filter(s -> s.linkedTraceIds().stream().anyMatch(wholeSet::contains))
                    .map(OtlpTraceReceiver.ExportedSpan::traceId).collect(Collectors.toSet());
            assertThat(interchangeTraces).isNotEmpty();
            assertThat(interchangeTraces).anySatisfy(t -> assertThat(servicesByTrace.get(t))
                    .contains("claims-service", "payer-simulator"));
            // every span's parent was exported too: no hop drops the context
            Set<String> spanIds = spans.stream().map(OtlpTraceReceiver.ExportedSpan::spanId).collect(Collectors.toSet());
            assertThat(spans.stream().filter(s -> wholeSet.contains(s.traceId()))
                    .filter(s -> !s.parentSpanId().isEmpty()).map(OtlpTraceReceiver.ExportedSpan::parentSpanId))
                    .allMatch(spanIds::contains);
        });
    }

    @Test
    @Order(3)
    void shouldTakePublicSampleAcknowledgmentsThroughTheInboundFolderWithoutChangingAnyClaim() throws Exception {
        Path samples = ProjectLayout.root().resolve("../shared/samples/x12").normalize();
        assumeTrue(Files.isDirectory(samples), "no shared X12 samples beside the repository");
        JsonNode before = API.get(stack.url(ServiceApp.CLAIMS) + "/claims/summary").body();
        List<Path> acks = EdiFiles.samples(samples, "999", "277CA");
        assertThat(acks).isNotEmpty();

        for (Path f : acks) {
            Files.copy(f, stack.ediDir().resolve("inbox").resolve(f.getFileName()));
        }

        // dropped in remittance-service's folder, forwarded on the topic, taken by claims-service, which owns them
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode taken = API.get(stack.url(ServiceApp.CLAIMS) + "/edi/files?direction=IN&size=500").body();
            List<String> names = items(taken).stream().map(n -> n.path("fileName").asText()).toList();
            assertThat(names).containsAll(acks.stream().map(p -> p.getFileName().toString()).toList());
        });
        assertThat(API.get(stack.url(ServiceApp.CLAIMS) + "/claims/summary").body().path("byStatus"))
                .isEqualTo(before.path("byStatus"));
    }

    @Test
    @Order(4)
    void shouldLoseNoEncounterAndDuplicateNoClaimWhenServicesAreKilledMidRun() throws Exception {
        List<Case> cases = SyntheticEncounters.generate(60, 2002L);
        Thread chaos = new Thread(() -> {
            sleep(1500);
            stack.kill(ServiceApp.CLAIMS); // SIGKILL: no graceful shutdown, offsets and outbox rows in flight
            stack.kill(ServiceApp.REMITTANCE);
            sleep(2000);
            stack.restart(ServiceApp.CLAIMS);
            stack.restart(ServiceApp.REMITTANCE);
        });
        chaos.start();

        DemoSummary summary = new DemoDriver(stack::url, stack.tokens(), Progress.silent()).run(cases, 2002L,
                Duration.ofMinutes(6));
        chaos.join();

        assertThat(summary.allFinal()).isTrue();
        for (Case c : cases) {
            JsonNode claims = API.get(stack.url(ServiceApp.CLAIMS) + "/claims?encounterId="
                    + c.encounter().encounterId()).body();
            assertThat(items(claims)).as("claims for " + c.encounter().encounterId()).hasSize(1);
        }
        assertEveryClaimExact(cases);
    }

    @Test
    @Order(5)
    void shouldLeaveNoSeededNameBirthDateOrMemberIdInAnyTopicDeadLetterTopicOrServiceLog() throws Exception {
        List<Case> seeded = new java.util.ArrayList<>(SyntheticEncounters.generate(100, 1001L));
        seeded.addAll(SyntheticEncounters.generate(60, 2002L));
        Set<String> phi = PhiLeakScan.seededPhi(seeded);

        List<String> onTopics = PhiLeakScan.scanTopics(stack.bootstrapServers(), phi);
        List<String> inLogs = PhiLeakScan.scanLogs(stack.processes().stream().map(p -> p.log()).toList(), phi);

        assertThat(onTopics).as("PHI on topics (docs/phi-protection.md)").isEmpty();
        assertThat(inLogs).as("PHI in service logs").isEmpty();
        // the same scan finds them where they belong in the clear: the 837s in the clearinghouse drop folder
        try (var sent = Files.list(stack.ediDir().resolve("to-payer"))) {
            assertThat(PhiLeakScan.scanLogs(sent.toList(), phi)).as("the scan sees plaintext PHI").isNotEmpty();
        }
    }

    /**
     * docs/security.md's role × endpoint matrix, through the real Keycloak: every endpoint every service's OpenAPI
     * lists is in the table (a new one is not silently public), and each answers every role and no token as the
     * table says. Last: its made-up calls (a rejected upload, 404s) must not disturb the checks before it.
     */
    @Test
    @Order(6)
    void shouldAnswerEveryEndpointAsTheRoleMatrixSaysForEveryRoleAndWithoutATokenAndAuditEveryCall() throws Exception {
        SecurityMatrix security = new SecurityMatrix(stack::url, stack.tokens());
        Map<SecurityMatrix.Endpoint, Set<String>> matrix = SecurityMatrix.documented(
                ProjectLayout.root().resolve("docs/security.md"));
        Map<SecurityMatrix.Endpoint, JsonNode> endpoints = security.discovered();
        assertThat(endpoints).hasSizeGreaterThan(50);
        assertThat(matrix.keySet()).as("endpoints in docs/security.md and in the services' OpenAPI")
                .containsExactlyInAnyOrderElementsOf(endpoints.keySet());
        java.time.Instant from = java.time.Instant.now().minusMillis(1);
        assertThat(security.check(matrix, endpoints)).as("calls that disagree with the matrix").isEmpty();
        java.time.Instant to = java.time.Instant.now().plusMillis(1);
        // audit completeness in every service: each of those calls (allowed, 403, 401 without a token, 4xx) is one row;
        // a call refused on the event loop writes its row on a worker thread, so it may commit just after the answer
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(security.auditGaps(from, to))
                .as("calls and audit rows that do not match").isEmpty());
        assertThat(security.probes()).as("probes without a token").allSatisfy((probe, status) ->
                assertThat(status).as(probe).isEqualTo(200));
    }

    private static void assertEveryClaimExact(List<Case> cases) {
        Map<String, BigDecimal> expectedBalance = new HashMap<>();
        BigDecimal expectedBilled = BigDecimal.ZERO;
        BigDecimal expectedPaid = BigDecimal.ZERO;
        for (Case c : cases) {
            ExpectedAdjudication.Claim expected = ExpectedAdjudication.of(c);
            String claimId = "CLM-" + c.encounter().encounterId();
            JsonNode claim = API.get(stack.url(ServiceApp.CLAIMS) + "/claims/" + claimId).body();
            assertThat(claim.path("status").asText()).as(claimId + " status").isEqualTo(expected.status());
            assertThat(claim.path("totalCharge").decimalValue()).as(claimId + " charge")
                    .isEqualByComparingTo(expected.charge());
            if (!expected.held()) {
                assertThat(claim.path("paidAmount").decimalValue()).as(claimId + " paid")
                        .isEqualByComparingTo(expected.paid());
                assertThat(claim.path("patientResponsibility").decimalValue()).as(claimId + " patient share")
                        .isEqualByComparingTo(expected.patient());
                assertThat(claim.path("deniedAmount").decimalValue()).as(claimId + " denied")
                        .isEqualByComparingTo(expected.denied());
                expectedBilled = expectedBilled.add(expected.charge());
                expectedPaid = expectedPaid.add(expected.paid());
            }
            expectedBalance.merge(c.encounter().patient().patientId(), expected.patient(), BigDecimal::add);
        }
        for (var e : expectedBalance.entrySet()) {
            ApiClient.Reply account = API.get(stack.url(ServiceApp.PATIENT_BILLING) + "/accounts/" + e.getKey());
            if (e.getValue().signum() == 0) {
                assertThat(account.status() == 404 || account.body().path("balance").decimalValue().signum() == 0)
                        .as(e.getKey() + " owes nothing").isTrue();
            } else {
                assertThat(account.body().path("balance").decimalValue()).as(e.getKey() + " balance")
                        .isEqualByComparingTo(e.getValue());
            }
        }
        assertThat(expectedBilled).isPositive();
        assertThat(expectedPaid).isPositive();
    }

    /** Every claim that went out shows sent, 999, 277CA and its outcome in that order. */
    private static void assertEveryTimelineInOrder(List<Case> cases) {
        for (Case c : cases) {
            ExpectedAdjudication.Claim expected = ExpectedAdjudication.of(c);
            if (expected.held()) {
                continue;
            }
            String claimId = "CLM-" + c.encounter().encounterId();
            // transitions only (an acknowledgment recorded after the outcome keeps from == to)
            List<String> states = items(API.get(stack.url(ServiceApp.CLAIMS) + "/claims/" + claimId + "/timeline")
                    .body()).stream().filter(e -> !e.path("from").asText().equals(e.path("to").asText()))
                    .map(e -> e.path("to").asText()).toList();
            List<String> lastSend = states.subList(states.lastIndexOf("SENT"), states.size());
            assertThat(lastSend).as(claimId + " timeline " + states)
                    .containsExactly("SENT", "ACKNOWLEDGED", "ACCEPTED", expected.status());
            if (c.mistypedMemberId()) {
                assertThat(states).as(claimId + " was rejected by the 277CA, corrected and re-sent")
                        .containsSubsequence("SENT", "ACKNOWLEDGED", "REJECTED", "READY", "SENT");
            }
        }
    }

    /**
     * Every claim claims-service holds (inactive coverage here) is in coding's DNFB as held in claims, by its reason;
     * the rest were sent, so nothing is left coded and not billed. ClaimHeld reaches coding asynchronously: awaited.
     */
    private static void assertDnfbCountsTheClaimsHeldInClaims() {
        long held = API.get(stack.url(ServiceApp.CLAIMS) + "/claims/summary").body().path("byStatus").path("HELD")
                .asLong();
        assertThat(held).as("claims held in claims-service").isPositive();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode dnfb = API.get(stack.url(ServiceApp.CODING) + "/reports/dnfb").body();
            assertThat(dnfb.path("byReason").path("HELD_IN_CLAIMS").asLong()).as("DNFB held in claims")
                    .isEqualTo(held);
            assertThat(dnfb.path("byHoldReason").path("COVERAGE_INACTIVE").asLong()).isEqualTo(held);
            assertThat(dnfb.path("byReason").path("CODED_NOT_BILLED").asLong()).as("DNFB coded, not billed")
                    .isZero();
        });
    }

    /** Claims, remittance and patient billing agree to the cent. */
    private static void assertTotalsAgreeAcrossServices() {
        JsonNode claims = API.get(stack.url(ServiceApp.CLAIMS) + "/claims/summary").body();
        JsonNode remits = API.get(stack.url(ServiceApp.REMITTANCE) + "/remittances/summary").body();
        JsonNode accounts = API.get(stack.url(ServiceApp.PATIENT_BILLING) + "/accounts/summary").body();
        assertThat(remits.path("paid").decimalValue()).as("paid: remittance vs claims")
                .isEqualByComparingTo(claims.path("paid").decimalValue());
        assertThat(remits.path("patientResponsibility").decimalValue()).as("patient share: remittance vs claims")
                .isEqualByComparingTo(claims.path("patientResponsibility").decimalValue());
        assertThat(accounts.path("totalBalance").decimalValue()).as("patient balances vs claims")
                .isEqualByComparingTo(claims.path("patientResponsibility").decimalValue());
    }

    private static List<JsonNode> items(JsonNode page) {
        JsonNode list = page.isArray() ? page : page.path("items");
        List<JsonNode> out = new java.util.ArrayList<>();
        list.forEach(out::add);
        return out;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
