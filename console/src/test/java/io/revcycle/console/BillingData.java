package io.revcycle.console;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.revcycle.stack.LocalStack;
import io.revcycle.stack.ServiceApp;
import io.revcycle.stack.demo.ApiClient;
import io.revcycle.stack.demo.DemoDriver;
import io.revcycle.stack.demo.Progress;
import io.revcycle.stack.demo.SyntheticEncounters;

/**
 * Claims made the way they arrive, through the real services: the payer enrolls the member (payer-simulator),
 * registration records the coverage (eligibility-service), the EHR documents a fully coded visit (coding-service);
 * claims-service sends the 837, the payer simulator answers with its 999, 277CA and 835, remittance-service posts it
 * and raises the denial. The demo's driver does the enrolling and documenting (no second copy of it here).
 */
final class BillingData {

    private final LocalStack stack;
    private final DemoDriver driver;
    private final ApiClient api = new ApiClient();

    BillingData(LocalStack stack) {
        this.stack = stack;
        this.driver = new DemoDriver(stack::url, stack.tokens(), Progress.silent());
    }

    /** The payer whose seeded rule denies 20610 (payer-simulator). */
    static final String DENYING_PAYER = "SYNPAYER1";

    /**
     * A visit whose second line (20610) SYNPAYER1 denies CO-96 N425 (payer-simulator's seeded rule): the claim is
     * PARTIALLY_DENIED and the line is an open denial. Returns the denial's id.
     */
    long deniedLine() {
        SyntheticEncounters.Case c = visit(DENYING_PAYER, "SYN" + digits(), null, "99213", "20610");
        String claimId = claimOf(c);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> denials(claimId).size() > 0);
        return denials(claimId).get(0).path("id").asLong();
    }

    /**
     * A visit registered with a mistyped member id: the payer's 277CA rejects it (A3:33:IL, subscriber not found) and
     * it waits in the correction queue. Returns the claim id; {@link #payerMemberId} is the id on the card.
     */
    Rejected rejectedClaim() {
        String onCard = "SYN" + digits();
        String typed = onCard.substring(0, onCard.length() - 1) + (onCard.endsWith("9") ? "0" : "9");
        SyntheticEncounters.Case c = visit("SYNPAYER1", onCard, typed, "99213");
        String claimId = claimOf(c);
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> "REJECTED".equals(claim(claimId).path("status").asText()));
        return new Rejected(claimId, onCard);
    }

    record Rejected(String claimId, String payerMemberId) {
    }

    /** The reason of the claim's open correction item, as claims-service words it. */
    String openCorrection(String claimId) {
        JsonNode items = api.as(stack.tokens().user("biller")).get(claims("/corrections?status=OPEN&claimId=" + claimId))
                .body();
        return items.get(0).path("reason").asText();
    }

    /** The ISA13 of the batch the claim's open correction item answers. */
    String openCorrectionBatch(String claimId) {
        JsonNode items = api.as(stack.tokens().user("biller")).get(claims("/corrections?status=OPEN&claimId=" + claimId))
                .body();
        return items.get(0).path("interchangeControlNumber").asText();
    }

    /** The denial category claims-service gave a denial (the KPIs' Pareto groups by it). */
    String categoryOfDenial(long denialId) {
        return api.as(stack.tokens().user("denial-specialist")).get(claims("/denials/" + denialId)).body()
                .path("denial").path("category").asText();
    }

    /** The claim of a denial, as claims-service names it. */
    String claimOfDenial(long denialId) {
        return api.as(stack.tokens().user("denial-specialist")).get(claims("/denials/" + denialId)).body()
                .path("denial").path("claimId").asText();
    }

    /** The ERA (835 file) remittance-service last posted the claim from. */
    String eraOf(String claimId) {
        return api.as(stack.tokens().user("denial-specialist"))
                .get(stack.url(ServiceApp.REMITTANCE) + "/remittances/" + claimId).body().path("fileId").asText();
    }

    /**
     * The 835 the payer simulator sent for a claim, uploaded again with its CLP01 garbled (and a new ISA13): a real
     * file whose claim payment names no claim, as when a payer mangles the patient control number. It waits in
     * remittance-service's unmatched queue. Returns the garbled patient control number.
     */
    String garbledRemittanceOf(String claimId) {
        String specialist = stack.tokens().user("denial-specialist").get();
        String remittance = stack.url(ServiceApp.REMITTANCE);
        JsonNode posted = api.as(stack.tokens().user("denial-specialist")).get(remittance + "/remittances/" + claimId)
                .body();
        String pcn = posted.path("patientControlNumber").asText();
        String x12 = raw("GET", remittance + "/edi/files/" + posted.path("fileId").asText() + "/content", specialist,
                null).body();
        char element = x12.charAt(3);
        String isa13 = x12.split(java.util.regex.Pattern.quote(String.valueOf(element)))[13];
        String fresh = String.format("%09d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));
        String garbled = "RCX" + pcn.substring(3);
        // ISA13 is the first such element (GS06 may carry the same number and stays, as its GE02 does)
        String copy = x12.replaceFirst(java.util.regex.Pattern.quote(element + isa13 + element),
                java.util.regex.Matcher.quoteReplacement(element + fresh + element))
                .replace("IEA" + element + "1" + element + isa13, "IEA" + element + "1" + element + fresh)
                .replace("CLP" + element + pcn + element, "CLP" + element + garbled + element);
        java.net.http.HttpResponse<String> upload = raw("POST", remittance + "/edi/files?fileName=garbled.835",
                specialist, copy);
        if (upload.statusCode() >= 300) {
            throw new IllegalStateException("POST /edi/files answered " + upload.statusCode() + ": " + upload.body());
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            for (JsonNode u : api.as(stack.tokens().user("denial-specialist")).get(remittance + "/remittances/unmatched")
                    .body()) {
                if (garbled.equals(u.path("patientControlNumber").asText())) {
                    return true;
                }
            }
            return false;
        });
        return garbled;
    }

    private static java.net.http.HttpResponse<String> raw(String method, String url, String token, String body) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/octet-stream")
                    .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofString(body))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode claim(String claimId) {
        return api.as(stack.tokens().user("biller")).get(claims("/claims/" + claimId)).body();
    }

    private List<JsonNode> denials(String claimId) {
        JsonNode rows = api.as(stack.tokens().user("denial-specialist"))
                .get(claims("/denials?claimId=" + claimId)).body();
        return rows.isArray() ? java.util.stream.StreamSupport.stream(rows.spliterator(), false).toList() : List.of();
    }

    /** {@code typedMemberId}: what registration typed (null: the card's). */
    private SyntheticEncounters.Case visit(String payerId, String memberId, String typedMemberId, String... codes) {
        String suffix = UUID.randomUUID().toString().substring(0, 13);
        String registered = typedMemberId == null ? memberId : typedMemberId;
        SyntheticEncounters.Patient patient = new SyntheticEncounters.Patient("PAT-B-" + suffix, "Casey", "Sampleton",
                LocalDate.of(1971, 4, 12), "F",
                new SyntheticEncounters.Address("12 Elm St", null, "Springfield", "IL", "62701"));
        SyntheticEncounters.Coverage coverage = new SyntheticEncounters.Coverage("COV-B-" + suffix,
                patient.patientId(), payerId, "Synthetic Health Plan", registered, "Synthetic PPO",
                LocalDate.of(2026, 1, 1), null, new BigDecimal("20.00"), new BigDecimal("0.00"),
                new BigDecimal("0.00"));
        List<SyntheticEncounters.Diagnosis> diagnoses = List.of(
                new SyntheticEncounters.Diagnosis(1, "Pain in right knee", "M25.561", null));
        List<SyntheticEncounters.Procedure> procedures = new java.util.ArrayList<>();
        List<SyntheticEncounters.CodedLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            procedures.add(new SyntheticEncounters.Procedure(i + 1, "documented service " + (i + 1), codes[i],
                    List.of(), 1, List.of(1)));
            lines.add(new SyntheticEncounters.CodedLine(i + 1, codes[i], List.of(), 1, List.of(1)));
        }
        SyntheticEncounters.Encounter encounter = new SyntheticEncounters.Encounter("ENC-B-" + suffix, patient,
                "1234567893", "1234567893", "FAC-MAIN", "11", payerId, registered,
                LocalDate.now(ZoneOffset.UTC).minusDays(5), diagnoses, procedures,
                SyntheticEncounters.PROFESSIONAL, null, null, null, null, null);
        SyntheticEncounters.Case c = new SyntheticEncounters.Case(encounter, coverage,
                new SyntheticEncounters.Intended(List.of("M25.561"), lines), false, memberId);
        driver.register(List.of(c));
        driver.document(c);
        return c;
    }

    private String claimOf(SyntheticEncounters.Case c) {
        return "CLM-" + c.encounter().encounterId();
    }

    private String claims(String path) {
        return stack.url(ServiceApp.CLAIMS) + path;
    }

    private static String digits() {
        return Long.toString(100000000L + Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 899999999L));
    }
}
