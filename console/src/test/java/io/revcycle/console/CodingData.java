package io.revcycle.console;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.revcycle.stack.LocalStack;
import io.revcycle.stack.ServiceApp;
import io.revcycle.stack.demo.ApiClient;

/**
 * Work items made the way they arrive: an integration engine posts the encounter to coding-service (real API,
 * real event through Kafka), and the test waits until coding-service has put it on its work list.
 */
final class CodingData {

    /** The encounter's rendering provider: the physician its queries go to. */
    static final String RENDERING_NPI = "1234567893";
    static final String BILLING_NPI = "1245319599";

    static final String NOTE = "Follow-up of type 2 diabetes. Blood pressure 152/96 on two readings today, "
            + "consistent with essential hypertension.";

    private final LocalStack stack;
    private final ApiClient api = new ApiClient();

    CodingData(LocalStack stack) {
        this.stack = stack;
    }

    /** A queue of its own, so tests do not see each other's items. */
    static String newFacility() {
        return "FAC-C-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * An office visit whose second documented diagnosis (hypertension) has no code yet: coding-service keeps it for a
     * coder. Returns the encounter id once the item is open on the work list.
     */
    String openItem(String facility, int daysAgo, String charge) {
        String id = "ENC-CONSOLE-" + UUID.randomUUID();
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("patientId", "PAT-" + UUID.randomUUID());
        patient.put("firstName", "Ingrid");
        patient.put("lastName", "Testperson");
        patient.put("dateOfBirth", "1958-02-17");
        patient.put("sex", "F");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("encounterId", id);
        body.put("patient", patient);
        body.put("renderingProviderNpi", RENDERING_NPI);
        body.put("billingProviderNpi", BILLING_NPI);
        body.put("facilityId", facility);
        body.put("payerId", "SYNPAYER1");
        body.put("memberId", "MEM-CONSOLE-1");
        body.put("dateOfService", LocalDate.now(ZoneOffset.UTC).minusDays(daysAgo).toString());
        body.put("expectedCharge", new BigDecimal(charge));
        body.put("noteText", NOTE);
        body.put("diagnoses", new ArrayList<>(List.of(
                Map.of("sequence", 1, "description", "Type 2 diabetes mellitus without complications", "code", "E11.9"),
                Map.of("sequence", 2, "description", "Essential hypertension"))));
        body.put("procedures", new ArrayList<>(List.of(Map.of("lineNumber", 1, "description",
                "Office visit, established patient", "code", "99213", "modifiers", List.of(), "units", 1,
                "diagnosisSequences", List.of(1, 2)))));
        ApiClient.Reply posted = api.as(stack.tokens().integration()).post(coding("/encounters"), body);
        if (!posted.ok()) {
            throw new IllegalStateException("POST /encounters answered " + posted.status() + ": " + posted.body());
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> "NEEDS_REVIEW".equals(item(id).path("status").asText()));
        return id;
    }

    /** The coder codes the hypertension (I10) and finalizes the item through coding-service's API. */
    void codeAndFinalize(String encounterId) {
        ApiClient coder = api.as(stack.tokens().user("coder"));
        ApiClient.Reply coded = coder.put(coding("/worklist/" + encounterId + "/codes"), Map.of(
                "diagnosisCodes", List.of("E11.9", "I10"), "lines", List.of(Map.of("lineNumber", 1,
                        "procedureCode", "99213", "units", 1, "diagnosisPointers", List.of(1, 2)))));
        ApiClient.Reply finalized = coder.post(coding("/worklist/" + encounterId + "/finalize"), Map.of());
        if (!coded.ok() || !finalized.ok()) {
            throw new IllegalStateException("coding " + encounterId + " answered " + coded.status() + " / "
                    + finalized.status() + ": " + finalized.body());
        }
    }

    /** The coder's own productivity row as coding-service answers it (null: nothing finalized in the period). */
    JsonNode myProductivity() {
        ApiClient.Reply rows = api.as(stack.tokens().user("coder")).get(coding("/reports/productivity/mine"));
        if (!rows.ok() || !rows.body().isArray()) {
            throw new IllegalStateException("GET /reports/productivity/mine answered " + rows.status() + ": "
                    + rows.body());
        }
        return rows.body().isEmpty() ? null : rows.body().get(0);
    }

    /** The item as coding-service answers a coder. */
    JsonNode item(String encounterId) {
        return api.as(stack.tokens().user("coder")).get(coding("/worklist/" + encounterId)).body();
    }

    private String coding(String path) {
        return stack.url(ServiceApp.CODING) + path;
    }
}
