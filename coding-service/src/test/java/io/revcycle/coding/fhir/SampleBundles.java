package io.revcycle.coding.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The sample bundles shipped in docs/fhir, as tests start from them. */
public final class SampleBundles {

    public static final String PROFESSIONAL = "professional-office-visit.json";
    public static final String OUTPATIENT_FACILITY = "outpatient-facility-emergency.json";
    public static final String INPATIENT = "inpatient-stay.json";
    private static final Path DIR = Path.of("../docs/fhir");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleBundles() {
    }

    public static String text(String name) {
        try {
            return Files.readString(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample with its encounter and patient identifiers replaced, so each test documents its own encounter. */
    public static String withIds(String name, String encounterId, String patientId) {
        ObjectNode bundle = tree(name);
        for (JsonNode entry : bundle.get("entry")) {
            JsonNode resource = entry.get("resource");
            String type = resource.get("resourceType").asText();
            if (type.equals("Encounter") || type.equals("Patient")) {
                ((ObjectNode) resource.get("identifier").get(0)).put("value",
                        type.equals("Encounter") ? encounterId : patientId);
            }
        }
        return bundle.toString();
    }

    public static ObjectNode tree(String name) {
        try {
            return (ObjectNode) JSON.readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The resource of the first entry of the type (a mutable node of the tree). */
    public static ObjectNode resource(ObjectNode bundle, String type, int nth) {
        int seen = 0;
        for (JsonNode entry : bundle.get("entry")) {
            if (entry.get("resource").get("resourceType").asText().equals(type) && seen++ == nth) {
                return (ObjectNode) entry.get("resource");
            }
        }
        throw new IllegalArgumentException("no " + type + " #" + nth);
    }

    public static int indexOf(ObjectNode bundle, String type, int nth) {
        int seen = 0;
        for (int i = 0; i < bundle.get("entry").size(); i++) {
            if (bundle.get("entry").get(i).get("resource").get("resourceType").asText().equals(type) && seen++ == nth) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + type + " #" + nth);
    }
}
