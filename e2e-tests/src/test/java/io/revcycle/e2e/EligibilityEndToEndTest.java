package io.revcycle.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.revcycle.stack.LocalStack;
import io.revcycle.stack.ServiceApp;
import io.revcycle.stack.demo.ApiClient;
import io.revcycle.stack.demo.DemoDriver;
import io.revcycle.stack.demo.EdiFolder;
import io.revcycle.stack.demo.Progress;
import io.revcycle.stack.demo.SyntheticEncounters;
import io.revcycle.stack.demo.SyntheticEncounters.Case;
import io.revcycle.x12.X12Toolkit;
import io.revcycle.x12.validate.Finding;

/**
 * Eligibility through every service on the real broker, with SYNPAYER2 answering real-time inquiries (payer
 * directory): eligibility-service's 270 goes to the payer simulator, whose 271 from its member tables decides. A
 * member the payer no longer covers on the date of service ends with the claim held for eligibility with the payer's
 * reason; a claim whose check is older than claims-service's limit (0 here) is held, re-verified by a second 270 and
 * sent on the fresh answer.
 */
@Order(5) // after ClaimStatusFollowUpEndToEndTest: it changes a payer's directory entry and restarts claims-service
@ExtendWith(SharedStack.Resolver.class)
class EligibilityEndToEndTest {

    private static final LocalDate DOS = LocalDate.of(2026, 6, 1);
    private static final String PAYER = "SYNPAYER2";

    @Test
    void shouldHoldTheClaimForThe271sInactiveAnswerAndReverifyAClaimWhoseCheckIsTooOld(SharedStack shared)
            throws Exception {
        LocalStack stack = shared.stack;
        ApiClient api = new ApiClient();
        ApiClient registration = api.as(stack.tokens().user("registration"));
        ApiClient integration = api.as(stack.tokens().integration());
        ApiClient manager = api.as(stack.tokens().user("billing-manager"));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String payerUrl = stack.url(ServiceApp.ELIGIBILITY) + "/payers/" + PAYER;
        JsonNode entry = manager.get(payerUrl).body();
        try {
            expectOk(manager.put(payerUrl, realTime(entry, true)));

            // the payer's member tables: covered only from July, after the date of service; registration has it
            // on file from January
            String inactiveMember = "SYN9" + run.replaceAll("[^0-9]", "3").substring(0, 8);
            expectOk(integration.post(stack.url(ServiceApp.PAYER_SIMULATOR) + "/members",
                    List.of(member(inactiveMember, "2026-07-01"))));
            String patient = "PAT-ELG-" + run;
            expectOk(registration.post(stack.url(ServiceApp.ELIGIBILITY) + "/coverages",
                    coverage(patient, inactiveMember)));
            String encounter = "ENC-ELG-" + run;
            document(stack, patient, encounter, inactiveMember);

            JsonNode held = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> manager.get(stack.url(ServiceApp.CLAIMS) + "/claims/CLM-" + encounter).body(),
                            c -> "HELD".equals(c.path("status").asText()));
            assertThat(held.path("holdReason").asText()).isEqualTo("COVERAGE_INACTIVE");
            assertThat(held.path("holdDetail").asText()).isEqualTo("PAYER_REPORTED_INACTIVE");
            JsonNode check = registration.get(stack.url(ServiceApp.ELIGIBILITY) + "/eligibility-checks/" + encounter)
                    .body();
            assertThat(check.path("source").asText()).isEqualTo("PAYER_271");
            assertThat(check.path("result").asText()).isEqualTo("INACTIVE");
            assertThat(clean(stack, "to-payer", "270", inactiveMember)).hasSize(1);
            assertThat(clean(stack, "from-payer", "271", inactiveMember)).hasSize(1);

            // every check is too old for claims-service now: the claim is held, re-verified, then sent
            stack.restart(ServiceApp.CLAIMS, Map.of("revcycle.claims.eligibility-max-age", "0s"));
            String activeMember = "SYN9" + run.replaceAll("[^0-9]", "4").substring(0, 8);
            expectOk(integration.post(stack.url(ServiceApp.PAYER_SIMULATOR) + "/members",
                    List.of(member(activeMember, "2026-01-01"))));
            String patient2 = "PAT-ELR-" + run;
            expectOk(registration.post(stack.url(ServiceApp.ELIGIBILITY) + "/coverages",
                    coverage(patient2, activeMember)));
            String encounter2 = "ENC-ELR-" + run;
            document(stack, patient2, encounter2, activeMember);

            JsonNode sent = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> manager.get(stack.url(ServiceApp.CLAIMS) + "/claims/CLM-" + encounter2).body(),
                            c -> !c.path("submittedAt").isMissingNode() && !c.path("submittedAt").isNull());
            assertThat(sent.path("holdReason").isNull() || sent.path("holdReason").isMissingNode()).isTrue();
            List<String> timeline = new ArrayList<>();
            manager.get(stack.url(ServiceApp.CLAIMS) + "/claims/CLM-" + encounter2 + "/timeline").body()
                    .forEach(t -> timeline.add(t.path("cause").asText()));
            assertThat(timeline).anyMatch(t -> t.contains("held ELIGIBILITY_REVERIFICATION"))
                    .anyMatch(t -> t.startsWith("eligibility re-verified: coverage active"));
            assertThat(clean(stack, "to-payer", "270", activeMember)).as("the first check and the re-verification")
                    .hasSize(2);
        } finally {
            stack.restart(ServiceApp.CLAIMS, Map.of());
            manager.put(payerUrl, realTime(entry, entry.path("realTimeEligibility").asBoolean()));
        }
    }

    private static void document(LocalStack stack, String patientId, String encounterId, String memberId) {
        SyntheticEncounters.Patient patient = new SyntheticEncounters.Patient(patientId, "Sam", "Testperson",
                LocalDate.of(1975, 2, 11), "M", new SyntheticEncounters.Address("7 Oak St", null, "Springfield", "IL",
                        "62701"));
        List<SyntheticEncounters.Diagnosis> dx = List.of(new SyntheticEncounters.Diagnosis(1,
                "Essential (primary) hypertension", "I10", null));
        List<SyntheticEncounters.Procedure> px = List.of(new SyntheticEncounters.Procedure(1,
                "Established patient office visit, moderate complexity", "99214", List.of(), 1, List.of(1)));
        SyntheticEncounters.Encounter encounter = new SyntheticEncounters.Encounter(encounterId, patient, "1234567893",
                "1234567893", "FAC-MAIN", "11", PAYER, memberId, DOS, dx, px, "PROFESSIONAL", null, null, null, null,
                null);
        new DemoDriver(stack::url, stack.tokens(), Progress.silent()).document(new Case(encounter, null, null, false,
                memberId));
    }

    /** The directory entry as it stands, answering 270s or not. */
    private static Map<String, Object> realTime(JsonNode entry, boolean realTime) {
        @SuppressWarnings("unchecked")
        Map<String, Object> e = new ObjectMapper().convertValue(entry, LinkedHashMap.class);
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("name", "interchangeId", "gatewayRoute", "claimFilingIndicator",
                "timelyFilingDays", "appealWindowDays", "followUpDays", "acknowledgeOnly")) {
            body.put(field, e.get(field));
        }
        body.put("realTimeEligibility", realTime);
        return body;
    }

    private static final SeedBodies.Benefits BENEFITS = new SeedBodies.Benefits("20.00", "20.00", "0.00");

    private static Map<String, Object> member(String memberId, String effectiveDate) {
        return SeedBodies.payerMember(PAYER, memberId, "SAM", "M", "1975-02-11", effectiveDate, BENEFITS);
    }

    private static Map<String, Object> coverage(String patientId, String memberId) {
        return SeedBodies.coverage(patientId, PAYER, memberId, "Synthetic HMO", null, BENEFITS);
    }

    /** The run's files of this type in that folder naming the member; each must validate without errors. */
    private static List<Path> clean(LocalStack stack, String folder, String type, String memberId) throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path f : EdiFolder.files(stack.ediDir())) {
            if (f.getParent().getFileName().toString().equals(folder)
                    && f.getFileName().toString().endsWith("-" + type + ".x12")
                    && new String(Files.readAllBytes(f), StandardCharsets.US_ASCII).contains("*MI*" + memberId + "~")) {
                assertThat(X12Toolkit.validate(Files.readAllBytes(f)).stream().filter(Finding::isError).toList())
                        .as(f.getFileName().toString()).isEmpty();
                files.add(f);
            }
        }
        return files;
    }

    private static void expectOk(ApiClient.Reply reply) {
        assertThat(reply.ok()).as("%s %s", reply.status(), reply.body()).isTrue();
    }
}
