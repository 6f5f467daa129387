package io.revcycle.coding;

import java.time.Instant;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revcycle.coding.service.CodingWorklist;
import io.revcycle.events.DocumentedDiagnosis;
import io.revcycle.events.DocumentedProcedure;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.PatientDemographics;

/** Test data: encounter request bodies and EncounterDocumented events with fresh ids. */
final class Encounters {

    static final String RENDERING_NPI = "1234567893";
    static final String BILLING_NPI = "1245319599";
    static final LocalDate DATE_OF_SERVICE = LocalDate.now().minusDays(3);

    private Encounters() {
    }

    static String newId() {
        return "ENC-T-" + UUID.randomUUID();
    }

    /**
     * A clean office visit whose diagnoses are documented out of order (sequence 20 before 10): coded as
     * [E11.9, I10], line 1 99213-25 pointing at both (sequence 20 then 10, i.e. pointers 2, 1), line 2 83036 at E11.9.
     */
    static Map<String, Object> cleanBody(String encounterId) {
        return body(encounterId,
                List.of(dx(20, "Essential hypertension", "I10"), dx(10, "Type 2 diabetes, no complications", "E11.9")),
                List.of(proc(1, "Office visit, established patient", "99213", List.of("25"), 1, List.of(20, 10)),
                        proc(2, "Hemoglobin A1c", "83036", List.of(), 1, List.of(10))));
    }

    static Map<String, Object> body(String encounterId, List<Map<String, Object>> diagnoses,
            List<Map<String, Object>> procedures) {
        Map<String, Object> patient = new LinkedHashMap<>();
        patient.put("patientId", "PAT-" + UUID.randomUUID());
        patient.put("firstName", "Zelda");
        patient.put("lastName", "Quixotic");
        patient.put("dateOfBirth", "1961-04-12");
        patient.put("sex", "F");
        Map<String, Object> body = new LinkedHashMap<>();
        if (encounterId != null) {
            body.put("encounterId", encounterId);
        }
        body.put("patient", patient);
        body.put("renderingProviderNpi", RENDERING_NPI);
        body.put("billingProviderNpi", BILLING_NPI);
        body.put("facilityId", "FAC-1");
        body.put("payerId", "SYNPAYER1");
        body.put("memberId", "MEM-778899");
        body.put("dateOfService", DATE_OF_SERVICE.toString());
        body.put("diagnoses", new ArrayList<>(diagnoses));
        body.put("procedures", new ArrayList<>(procedures));
        return body;
    }

    static Map<String, Object> dx(int sequence, String description, String code) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("sequence", sequence);
        d.put("description", description);
        d.put("code", code);
        return d;
    }

    static Map<String, Object> proc(int lineNumber, String description, String code, List<String> modifiers,
            int units, List<Integer> diagnosisSequences) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("lineNumber", lineNumber);
        p.put("description", description);
        p.put("code", code);
        p.put("modifiers", modifiers);
        p.put("units", units);
        p.put("diagnosisSequences", diagnosisSequences);
        return p;
    }

    /** The same clean visit as {@link #cleanBody}, as an EHR integration engine would publish it. */
    static EncounterDocumented cleanEvent(String encounterId, String source) {
        return event(encounterId, source,
                List.of(diagnosis(20, "Essential hypertension", "I10"),
                        diagnosis(10, "Type 2 diabetes, no complications", "E11.9")),
                List.of(procedure(1, "Office visit, established patient", "99213", List.of("25"), List.of(20, 10)),
                        procedure(2, "Hemoglobin A1c", "83036", List.of(), List.of(10))));
    }

    static EncounterDocumented event(String encounterId, String source, List<DocumentedDiagnosis> diagnoses,
            List<DocumentedProcedure> procedures) {
        return EncounterDocumented.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setEncounterId(encounterId)
                .setSource(source)
                .setPatient(PatientDemographics.newBuilder().setPatientId("PAT-" + UUID.randomUUID())
                        .setFirstName("Zelda").setLastName("Quixotic").setDateOfBirth(LocalDate.of(1961, 4, 12))
                        .setSex("F").build())
                .setRenderingProviderNpi(RENDERING_NPI)
                .setBillingProviderNpi(BILLING_NPI)
                .setFacilityId("FAC-1")
                .setPlaceOfService("11")
                .setPayerId("SYNPAYER1")
                .setMemberId("MEM-778899")
                .setDateOfService(DATE_OF_SERVICE)
                .setDiagnoses(diagnoses)
                .setProcedures(procedures)
                .build();
    }

    static DocumentedDiagnosis diagnosis(int sequence, String description, String code) {
        return DocumentedDiagnosis.newBuilder().setSequence(sequence).setDescription(description).setCode(code).build();
    }

    static DocumentedProcedure procedure(int lineNumber, String description, String code, List<String> modifiers,
            List<Integer> diagnosisSequences) {
        return DocumentedProcedure.newBuilder().setLineNumber(lineNumber).setDescription(description).setCode(code)
                .setModifiers(modifiers).setUnits(1).setDiagnosisSequences(diagnosisSequences).build();
    }

    /** Events the outbox holds for a topic and key: what this service published, counted exactly. */
    static long outboxRows(EntityManager em, String topic, String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_message where topic = :t and message_key = :k")
                .setParameter("t", topic).setParameter("k", key).getSingleResult()).longValue());
    }

    static long rows(EntityManager em, String table, String encounterId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from " + table + " where encounter_id = :id")
                .setParameter("id", encounterId).getSingleResult()).longValue());
    }

    /**
     * An open work item through the handler's path: its second diagnosis has no code, so it needs a coder.
     * {@code expectedCharge} may be null.
     */
    static String openForReview(CodingWorklist worklist, String id, String facility,
            LocalDate dateOfService, BigDecimal expectedCharge) {
        EncounterDocumented event = event(id, "TEST",
                List.of(diagnosis(1, "Type 2 diabetes", "E11.9"), diagnosis(2, "Elevated blood pressure", null)),
                List.of(procedure(1, "Office visit", "99214", List.of(), List.of(1, 2))));
        event.setFacilityId(facility);
        event.setDateOfService(dateOfService);
        event.setExpectedCharge(expectedCharge);
        QuarkusTransaction.requiringNew().run(() -> worklist.open(event));
        return id;
    }
}
