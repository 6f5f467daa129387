package io.revcycle.stack.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.revcycle.stack.demo.SyntheticEncounters.Diagnosis;
import io.revcycle.stack.demo.SyntheticEncounters.Encounter;
import io.revcycle.stack.demo.SyntheticEncounters.Procedure;

/**
 * A documented encounter as an EHR's FHIR R4 transaction Bundle (what coding-service's {@code POST /fhir} takes; the
 * shapes of docs/fhir): Patient, Encounter, Practitioner, Location, the billing Organization, one Condition per
 * diagnosis, one Procedure per line, the payer and the Coverage. FHIR has no units or modifiers on a Procedure, so only
 * encounters whose lines are one unit without modifiers and whose diagnoses are all coded can travel this way
 * ({@link #canCarry}); plain JSON maps, no HAPI FHIR needed by the launcher.
 */
final class FhirEncounterBundle {

    static final String FHIR_JSON = "application/fhir+json";
    private static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    private static final String CPT = "http://www.ama-assn.org/go/cpt";
    private static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    private static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    private static final String POS = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
    private static final String SID = "https://revcycle.io/fhir/sid/";

    private final List<Map<String, Object>> entries = new ArrayList<>();
    private final Map<String, String> urls = new HashMap<>();

    private FhirEncounterBundle() {
    }

    static boolean canCarry(Encounter e) {
        return e.admissionDate() == null // an inpatient stay's POA, dates and disposition go as JSON here
                && e.diagnoses().stream().allMatch(d -> d.code() != null)
                && e.procedures().stream().allMatch(p -> p.units() == 1 && p.modifiers().isEmpty() && p.code() != null);
    }

    static Map<String, Object> of(Encounter e) {
        return new FhirEncounterBundle().build(e);
    }

    private Map<String, Object> build(Encounter e) {
        SyntheticEncounters.Patient p = e.patient();
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("line", p.address().line2() == null ? List.of(p.address().line1())
                : List.of(p.address().line1(), p.address().line2()));
        address.put("city", p.address().city());
        address.put("state", p.address().state());
        address.put("postalCode", p.address().postalCode());
        add("patient", "Patient", map("identifier", List.of(identifier(SID + "mrn", p.patientId())),
                "name", List.of(map("use", "official", "family", p.lastName(), "given", List.of(p.firstName()))),
                "gender", "F".equals(p.sex()) ? "female" : "male", "birthDate", p.dateOfBirth().toString(),
                "address", List.of(address)));
        add("practitioner", "Practitioner", map("identifier", List.of(identifier(NPI, e.renderingProviderNpi()))));
        add("location", "Location", map("identifier", List.of(identifier(SID + "facility", e.facilityId())),
                "type", List.of(map("coding", List.of(map("system", POS, "code", e.placeOfService()))))));
        add("provider", "Organization", map("identifier", List.of(identifier(NPI, e.billingProviderNpi()))));
        for (Diagnosis d : e.diagnoses()) {
            add("condition-" + d.sequence(), "Condition", map("subject", ref("patient"), "encounter", ref("encounter"),
                    "code", map("coding", List.of(map("system", ICD_10_CM, "code", d.code())), "text", d.description())));
        }
        List<Object> diagnosis = e.diagnoses().stream()
                .map(d -> (Object) map("condition", ref("condition-" + d.sequence()), "rank", d.sequence())).toList();
        String day = e.dateOfService().toString();
        add("encounter", "Encounter", map("identifier", List.of(identifier(SID + "encounter", e.encounterId())),
                "status", "finished",
                "class", map("system", "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code", "AMB"),
                "type", List.of(map("coding", List.of(map("system",
                        "https://revcycle.io/fhir/CodeSystem/encounter-billing-type", "code", e.encounterType())))),
                "subject", ref("patient"), "participant", List.of(map("individual", ref("practitioner"))),
                "period", map("start", day, "end", day), "diagnosis", diagnosis,
                "location", List.of(map("location", ref("location"))), "serviceProvider", ref("provider")));
        for (Procedure pr : e.procedures()) {
            List<Object> reasons = pr.diagnosisSequences().stream().map(s -> (Object) ref("condition-" + s)).toList();
            add("procedure-" + pr.lineNumber(), "Procedure", map("status", "completed", "subject", ref("patient"),
                    "encounter", ref("encounter"),
                    "code", map("coding", List.of(map("system", Character.isDigit(pr.code().charAt(0)) ? CPT : HCPCS,
                            "code", pr.code())), "text", pr.description()),
                    "performedDateTime", day, "reasonReference", reasons));
        }
        add("payer", "Organization", map("identifier", List.of(identifier(SID + "payer-id", e.payerId()))));
        add("coverage", "Coverage", map("status", "active", "subscriberId", e.memberId(), "beneficiary", ref("patient"),
                "payor", List.of(ref("payer"))));
        return map("resourceType", "Bundle", "type", "transaction", "entry", entries);
    }

    /** Every resource gets its urn:uuid before any reference to it is written (references may point forward). */
    private String url(String name) {
        return urls.computeIfAbsent(name, n -> String.format("urn:uuid:00000000-0000-4000-8000-%012d", urls.size() + 1));
    }

    private void add(String name, String type, Map<String, Object> resource) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("resourceType", type);
        r.putAll(resource);
        entries.add(map("fullUrl", url(name), "resource", r, "request", map("method", "POST", "url", type)));
    }

    private Map<String, Object> ref(String name) {
        return map("reference", url(name));
    }

    private static Map<String, Object> identifier(String system, String value) {
        return map("system", system, "value", value);
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
