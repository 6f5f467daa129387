package io.revcycle.eligibility;

import static io.restassured.RestAssured.given;
import static io.revcycle.eligibility.TestData.encounter;
import static io.revcycle.eligibility.TestData.id;
import static io.revcycle.stack.hl7.Er7.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.llp.LLPException;
import ca.uhn.hl7v2.llp.MinLLPReader;
import ca.uhn.hl7v2.llp.MinLLPWriter;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.revcycle.eligibility.domain.Coverage;
import io.revcycle.eligibility.domain.PatientGuarantor;
import io.revcycle.events.EligibilityVerified;
import io.revcycle.events.Topics;
import io.revcycle.hl7.Hl7Intake;
import io.revcycle.hl7.MllpListener;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

/**
 * HL7 v2 ADT^A04/A08 in over MLLP and HTTP: real-world shapes (repeating IN1 with IN2, a Z-segment, escaped
 * characters, v2.3 and v2.5.1 headers) become coverage registry entries and the patient's guarantor, and a
 * registration that covers an encounter checked before publishes its new EligibilityVerified on the real broker;
 * malformed messages get AE or AR naming segment and field and store nothing; a control id taken before changes
 * nothing.
 */
@QuarkusTest
@TestSecurity(user = "interface-engine", roles = { Roles.INTEGRATION, Roles.REGISTRATION })
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "eligibility"))
class AdtRegistrationTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    MllpListener mllp;

    @Test
    void shouldRegisterARealWorldA04sCoveragesAndGuarantorOverMllp() throws Exception {
        String patient = id("PAT");
        String control = id("C");

        Message ack = parse(sendMllp(a04(control, patient, "2.3")));

        assertThat(field(ack, "MSA-1")).isEqualTo("AA");
        assertThat(field(ack, "MSA-2")).isEqualTo(control);
        JsonPath coverages = coverages(patient);
        assertThat(coverages.getList("$")).hasSize(2);
        Map<String, Object> primary = coverageAt(coverages, "SYNPAYER1");
        assertThat(primary).containsEntry("payerName", "Synthetic Health Plan")
                .containsEntry("memberId", "MEM-" + patient)
                .containsEntry("planName", "PPO Gold")
                .containsEntry("groupId", "GRP-100")
                .containsEntry("effectiveFrom", "2026-01-01")
                .containsEntry("effectiveTo", null)
                .containsEntry("relationshipToSubscriber", "SELF")
                .containsEntry("insuranceType", "COMMERCIAL")
                .containsEntry("declaredPriority", 1)
                // IN1 has no benefits: unknown until a 271 states them, never defaulted
                .containsEntry("copay", null)
                .containsEntry("coinsurancePercent", null)
                .containsEntry("deductibleRemaining", null);
        Map<String, Object> secondary = coverageAt(coverages, "SYNPAYER2");
        assertThat(secondary).containsEntry("memberId", "IN2-" + patient) // IN2-61: IN1-36 is empty
                .containsEntry("planName", "Family Plan & Dental") // \T\ unescaped
                .containsEntry("groupId", "EMPLOYER|GROUP") // IN1-9 when IN1-8 is empty; \F\ unescaped
                .containsEntry("effectiveTo", "2026-12-31")
                .containsEntry("relationshipToSubscriber", "SPOUSE")
                .containsEntry("subscriberLastName", "O'Brien-Smith")
                .containsEntry("subscriberFirstName", "Pat")
                .containsEntry("subscriberBirthDate", "1975-02-03")
                .containsEntry("declaredPriority", 2); // segment order: IN1-22 is empty
        given().when().get("/patients/" + patient + "/guarantor").then().statusCode(200)
                .body("guarantorNumber", equalTo("G-77"))
                .body("familyName", equalTo("Doe"))
                .body("givenName", equalTo("Jane"))
                .body("relationshipCode", equalTo("SEL"))
                .body("city", equalTo("Springfield"))
                .body("phone", equalTo("2175550100"))
                .body("birthDate", equalTo("1980-05-17"));
    }

    @Test
    void shouldPublishTheNewEligibilityOfAnEncounterTheRegistrationNowCovers() throws Exception {
        String patient = id("PAT");
        String encounterId = id("ENC");
        TestEvents.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId,
                encounter(encounterId, patient, "MEM-" + patient, LocalDate.of(2026, 3, 15)));
        EligibilityVerified first = TestEvents.awaitEvent(Topics.ELIGIBILITY_VERIFIED, EligibilityVerified.class,
                e -> e.getEncounterId().equals(encounterId), WAIT);
        assertThat(first.getCoverageActive()).isFalse();

        Message ack = parse(postHttp(a04(id("C"), patient, "2.5.1")));

        assertThat(field(ack, "MSA-1")).isEqualTo("AA");
        List<EligibilityVerified> both = TestEvents.awaitEvents(Topics.ELIGIBILITY_VERIFIED,
                EligibilityVerified.class, e -> e.getEncounterId().equals(encounterId), 2, WAIT);
        EligibilityVerified second = both.get(1);
        assertThat(second.getCoverageActive()).isTrue();
        assertThat(second.getCoverageId()).isEqualTo(coverageAt(coverages(patient), "SYNPAYER1").get("coverageId"));
        assertThat(second.getPlanName()).isEqualTo("PPO Gold");
        assertThat(second.getOrderOfBenefits()).extracting(c -> c.getPosition() + ":" + c.getPayerId())
                .containsExactly("1:SYNPAYER1", "2:SYNPAYER2");
        // SYNPAYER1 takes no 270s: the coverage on file decides, and its benefits, which IN1 does not carry, go out
        // unknown (null), never as 0.00 copay, coinsurance and deductible
        assertThat(second.getCopay()).isNull();
        assertThat(second.getCoinsurancePercent()).isNull();
        assertThat(second.getDeductibleRemaining()).isNull();
        String checkId = given().when().get("/eligibility-checks/" + encounterId).then().statusCode(200)
                .body("result", equalTo("ACTIVE")).body("source", equalTo("ON_FILE"))
                .body("copay", nullValue()).body("coinsurancePercent", nullValue())
                .body("deductibleRemaining", nullValue())
                .extract().path("checkId");
        // and no estimate is computed from them: 185.00 on zeros would be 0.00 for the patient
        given().contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("procedureCode", "99214", "charge", "185.00"))))
                .when().post("/eligibility/checks/" + checkId + "/estimate")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("benefits unknown"));
    }

    @Test
    void shouldReplaceThePatientsCoveragesOnA08EndingThoseNoLongerSent() throws Exception {
        String patient = id("PAT");
        assertThat(field(parse(postHttp(a04(id("C"), patient, "2.5.1"))), "MSA-1")).isEqualTo("AA");
        String primaryId = (String) coverageAt(coverages(patient), "SYNPAYER1").get("coverageId");
        String secondaryId = (String) coverageAt(coverages(patient), "SYNPAYER2").get("coverageId");

        // the spouse's plan is gone; the patient's own plan changed plan and group; recorded 2026-06-15
        String a08 = String.join("\r", header(id("C"), "A08", "2.5.1"), "EVN|A08|20260615083000",
                pid(patient), "PV1|1|O",
                segment("IN1", Map.of(1, "1", 2, "HMO^HMO Silver", 3, "SYNPAYER1", 8, "GRP-200", 12, "20260101",
                        36, "MEM-" + patient))) + "\r";
        Message ack = parse(sendMllp(a08));

        assertThat(field(ack, "MSA-1")).isEqualTo("AA");
        JsonPath after = coverages(patient);
        assertThat(after.getList("$")).hasSize(2);
        assertThat(coverageAt(after, "SYNPAYER1")).containsEntry("coverageId", primaryId)
                .containsEntry("planName", "HMO Silver").containsEntry("groupId", "GRP-200")
                .containsEntry("effectiveTo", null);
        assertThat(coverageAt(after, "SYNPAYER2")).containsEntry("coverageId", secondaryId)
                .containsEntry("effectiveTo", "2026-06-14");
        // the guarantor is kept: this A08 sent no GT1
        given().when().get("/patients/" + patient + "/guarantor").then().statusCode(200)
                .body("familyName", equalTo("Doe"));
    }

    @Test
    void shouldAnswerAeNamingEachSegmentAndFieldAndStoreNothing() throws Exception {
        String patient = id("PAT");
        String message = a04(id("C"), patient, "2.5.1")
                .replaceFirst("\\|20260101\\|", "|20260230|") // IN1(1)-12: no such day
                .replace("|SYNPAYER2|", "|NOSUCHPAYER|") // IN1(2)-3: not in the payer directory
                .replace("|SPO|", "|XYZ|") // IN1(2)-17: not in table 0063
                .replace("IN2-" + patient, ""); // IN1(2): no member id at all

        Message ack = parse(postHttp(message));

        assertThat(field(ack, "MSA-1")).isEqualTo("AE");
        assertThat(errors(ack)).containsExactly("IN1^1^12^102", "IN1^2^3^103", "IN1^2^17^103", "IN1^2^36^101");
        assertNothingStored(patient);
    }

    @Test
    void shouldTakeTheInsuranceTypeFromIn1PlanTypeAndInferItFromIn2OnlyWithoutOne() throws Exception {
        String patient = id("PAT");
        String a04 = String.join("\r", header(id("C"), "A04", "2.5.1"), "EVN|A04|20260105091500", pid(patient),
                // IN1-15 MB (X12 claim filing indicator: Medicare Part B) wins over the Medicaid number in IN2-8
                segment("IN1", Map.of(1, "1", 2, "MCR^Medicare Part B", 3, "SYNPAYER1", 12, "20260101", 15, "MB",
                        22, "1", 36, "MCR-" + patient)),
                segment("IN2", Map.of(8, "MCD-" + patient)),
                // no IN1-15: IN2-8's Medicaid case number says MEDICAID
                segment("IN1", Map.of(1, "2", 2, "MCD^State Medicaid", 3, "SYNPAYER2", 12, "20260101", 22, "2")),
                segment("IN2", Map.of(8, "MCD-" + patient))) + "\r";

        assertThat(field(parse(postHttp(a04)), "MSA-1")).isEqualTo("AA");

        JsonPath coverages = coverages(patient);
        assertThat(coverageAt(coverages, "SYNPAYER1")).containsEntry("insuranceType", "MEDICARE")
                .containsEntry("memberId", "MCR-" + patient);
        assertThat(coverageAt(coverages, "SYNPAYER2")).containsEntry("insuranceType", "MEDICAID")
                .containsEntry("memberId", "MCD-" + patient);

        // the registry's own type names, in any case
        String tricare = id("PAT");
        String typed = String.join("\r", header(id("C"), "A04", "2.5.1"), "EVN|A04|20260105091500", pid(tricare),
                segment("IN1", Map.of(1, "1", 2, "TRI^Tricare Select", 3, "SYNPAYER1", 12, "20260101", 15, "tricare",
                        36, "TRI-" + tricare))) + "\r";
        assertThat(field(parse(postHttp(typed)), "MSA-1")).isEqualTo("AA");
        assertThat(coverageAt(coverages(tricare), "SYNPAYER1")).containsEntry("insuranceType", "TRICARE");
    }

    @Test
    void shouldAnswerAeForAPlanTypeTheInterfaceDoesNotTakeAndStoreNothing() throws Exception {
        String patient = id("PAT");
        String a04 = String.join("\r", header(id("C"), "A04", "2.5.1"), "EVN|A04|20260105091500", pid(patient),
                segment("IN1", Map.of(1, "1", 2, "PPO^PPO Gold", 3, "SYNPAYER1", 12, "20260101", 15, "GOLD",
                        36, "MEM-" + patient))) + "\r";

        Message ack = parse(postHttp(a04));

        assertThat(field(ack, "MSA-1")).isEqualTo("AE");
        assertThat(errors(ack)).containsExactly("IN1^1^15^103");
        assertNothingStored(patient);
    }

    @Test
    void shouldAnswerAeWhenTheRegistrysOwnConstraintsFail() throws Exception {
        String patient = id("PAT");
        String message = a04(id("C"), patient, "2.5.1").replace("|20261231|", "|20251231|"); // ends before it starts

        Message ack = parse(postHttp(message));

        assertThat(field(ack, "MSA-1")).isEqualTo("AE");
        assertThat(errors(ack)).containsExactly("IN1^2^13^102");
        assertNothingStored(patient);
    }

    @Test
    void shouldAnswerArWhenMshFieldsAreMissingOrTheTypeIsNotTaken() throws Exception {
        String patient = id("PAT");
        Message noControlId = parse(postHttp(a04("", patient, "2.5.1")));
        Message noVersion = parse(sendMllp(a04(id("C"), patient, "")));
        Message dft = parse(postHttp(a04(id("C"), patient, "2.5.1").replace("ADT^A04^ADT_A01", "DFT^P03^DFT_P03")));
        Message discharge = parse(postHttp(a04(id("C"), patient, "2.5.1").replace("ADT^A04", "ADT^A03")));

        assertThat(field(noControlId, "MSA-1")).isEqualTo("AR");
        assertThat(errors(noControlId)).containsExactly("MSH^1^10^101");
        assertThat(errors(noVersion)).containsExactly("MSH^1^12^101");
        assertThat(errors(dft)).containsExactly("MSH^1^9^200");
        assertThat(errors(discharge)).containsExactly("MSH^1^9^201");
        assertNothingStored(patient);
    }

    @Test
    void shouldChangeNothingWhenTheSameControlIdComesAgain() throws Exception {
        String patient = id("PAT");
        String control = id("C");
        String message = a04(control, patient, "2.5.1");

        Message first = parse(postHttp(message));
        Message again = parse(sendMllp(message.replace("PPO Gold", "Changed Plan")));

        assertThat(field(first, "MSA-1")).isEqualTo("AA");
        assertThat(field(again, "MSA-1")).isEqualTo("AA");
        assertThat(field(again, "MSA-2")).isEqualTo(control);
        JsonPath coverages = coverages(patient);
        assertThat(coverages.getList("$")).hasSize(2);
        assertThat(coverageAt(coverages, "SYNPAYER1")).containsEntry("planName", "PPO Gold");
    }

    /**
     * An ADT^A04 as a registration system sends it: the patient's own plan (IN1-22 priority 1) and a spouse's plan
     * whose member id is in IN2-61, with escapes in free text, a Z-segment and GT1 (self as guarantor).
     */
    static String a04(String controlId, String patient, String version) {
        return a04(controlId, patient, version, "SYNPAYER1");
    }

    /** The same registration with the patient's own plan at {@code primaryPayer}. */
    static String a04(String controlId, String patient, String version, String primaryPayer) {
        List<String> segments = new ArrayList<>();
        segments.add(header(controlId, "A04", version));
        segments.add("EVN|A04|20260105091500");
        segments.add(pid(patient));
        segments.add("PV1|1|O|CLINIC^101^^FAC-1");
        segments.add("ZPI|1|site\\F\\specific^data");
        segments.add(segment("GT1", Map.of(1, "1", 2, "G-77", 3, "Doe^Jane", 5, "12 Elm St^Apt 4^Springfield^IL^62704",
                6, "^PRN^PH^^^217^5550100", 8, "19800517", 11, "SEL")));
        segments.add(segment("IN1", Map.of(1, "1", 2, "PPO^PPO Gold", 3, primaryPayer,
                4, "Synthetic Health Plan", 8, "GRP-100", 12, "20260101", 17, "SEL", 22, "1", 36, "MEM-" + patient)));
        segments.add(segment("IN1", Map.of(1, "2", 2, "FAM^Family Plan \\T\\ Dental", 3, "SYNPAYER2",
                4, "Example Mutual", 9, "EMPLOYER\\F\\GROUP", 12, "20260101", 13, "20261231",
                16, "O'Brien-Smith^Pat", 17, "SPO", 18, "19750203")));
        segments.add(segment("IN2", Map.of(1, "EMP-1", 61, "IN2-" + patient)));
        segments.add("ZIN|extra insurance data");
        return String.join("\r", segments) + "\r";
    }

    private static String header(String controlId, String trigger, String version) {
        return "MSH|^~\\&|REGISTRATION|GENHOSP|REVCYCLE|ELIGIBILITY|20260105091500||ADT^" + trigger + "^ADT_A01|"
                + controlId + "|P|" + version;
    }

    private static String pid(String patient) {
        return segment("PID", Map.of(1, "1", 3, patient + "^^^GENHOSP^MR", 5, "Doe^Jane", 7, "19800517", 8, "F"));
    }

    private static JsonPath coverages(String patient) {
        return given().queryParam("patientId", patient).when().get("/coverages").then().statusCode(200).extract()
                .jsonPath();
    }

    private static Map<String, Object> coverageAt(JsonPath coverages, String payerId) {
        return coverages.getMap("find { it.payerId == '" + payerId + "' }");
    }

    private static void assertNothingStored(String patient) {
        long coverages = QuarkusTransaction.requiringNew().call(() -> Coverage.count("patientId", patient));
        assertThat(coverages).isZero();
        PatientGuarantor guarantor = QuarkusTransaction.requiringNew().call(() -> PatientGuarantor.findById(patient));
        assertThat(guarantor).isNull();
    }

    private String sendMllp(String message) throws IOException, LLPException {
        try (Socket socket = new Socket("127.0.0.1", mllp.port())) {
            new MinLLPWriter(socket.getOutputStream(), StandardCharsets.UTF_8).writeMessage(message);
            return new MinLLPReader(socket.getInputStream(), StandardCharsets.UTF_8).getMessage();
        }
    }

    static String postHttp(String message) {
        return given().contentType(Hl7Intake.ER7).body(message.getBytes(StandardCharsets.UTF_8)).when().post("/hl7")
                .then().statusCode(200).extract().asString();
    }

    private static final DefaultHapiContext HAPI = new DefaultHapiContext();

    private static Message parse(String er7) throws HL7Exception {
        return HAPI.getPipeParser().parse(er7);
    }

    private static String field(Message m, String path) throws HL7Exception {
        return new Terser(m).get("/" + path);
    }

    /** Each ERR as "segment^repetition^field^error code" (ERR-2 ERL and ERR-3 HL7 table 0357). */
    private static List<String> errors(Message ack) throws HL7Exception {
        Terser t = new Terser(ack);
        List<String> errors = new ArrayList<>();
        for (int i = 0; t.getSegment("/ERR(" + i + ")") != null && t.get("/ERR(" + i + ")-3-1") != null; i++) {
            String p = "/ERR(" + i + ")-2-";
            String fieldNo = t.get(p + "3");
            errors.add(t.get(p + "1") + "^" + t.get(p + "2") + "^" + (fieldNo == null ? "" : fieldNo) + "^"
                    + t.get("/ERR(" + i + ")-3-1"));
        }
        return errors;
    }
}
