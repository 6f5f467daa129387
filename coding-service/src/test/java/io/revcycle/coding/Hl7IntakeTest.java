package io.revcycle.coding;

import static io.restassured.RestAssured.given;
import static io.revcycle.stack.hl7.Er7.segment;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.llp.LLPException;
import ca.uhn.hl7v2.llp.MinLLPReader;
import ca.uhn.hl7v2.llp.MinLLPWriter;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.revcycle.coding.domain.DocumentedEncounter;
import io.revcycle.coding.rest.Hl7Resource;
import io.revcycle.hl7.MllpListener;
import io.revcycle.events.DocumentedProcedure;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.Topics;
import io.revcycle.security.Roles;
import io.revcycle.testsupport.RevCycleInfrastructure;
import io.revcycle.testsupport.TestEvents;

/**
 * HL7 v2 DFT^P03 in over MLLP and HTTP: real-world shapes (repeating FT1 and FT1-26, a Z-segment, escaped
 * characters, v2.3 and v2.5.1 headers) become the JSON API's EncounterDocumented; malformed messages get AE or AR
 * naming segment and field and store nothing; a control id taken before changes nothing.
 */
@QuarkusTest
@TestSecurity(user = "interface-engine", roles = Roles.INTEGRATION)
@QuarkusTestResource(value = RevCycleInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "coding"))
class Hl7IntakeTest {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String DOS = LocalDate.now().minusDays(2).format(DateTimeFormatter.BASIC_ISO_DATE);

    @Inject
    MllpListener mllp;

    @Inject
    EntityManager em;

    @Test
    void shouldDocumentARealWorldDftOverMllpAsTheApisEncounterDocumented() throws Exception {
        String visit = "V-" + UUID.randomUUID();
        String control = "C-" + UUID.randomUUID();

        Message ack = parse(sendMllp(dft(control, visit, "2.3")));

        assertThat(field(ack, "MSA", 1)).isEqualTo("AA");
        assertThat(field(ack, "MSA", 2)).isEqualTo(control);
        EncounterDocumented e = TestEvents.awaitEvent(Topics.ENCOUNTER_DOCUMENTED, EncounterDocumented.class,
                d -> d.getEncounterId().equals(visit), WAIT);
        assertThat(e.getSource()).isEqualTo("HL7");
        assertThat(e.getPatient().getLastName()).isEqualTo("O'Quixote & Sons"); // \T\ unescaped
        assertThat(e.getPatient().getAddress().getCity()).isEqualTo("Springfield");
        assertThat(e.getPatient().getDateOfBirth()).isEqualTo(LocalDate.of(1961, 4, 12));
        assertThat(e.getRenderingProviderNpi()).isEqualTo(Encounters.RENDERING_NPI);
        assertThat(e.getBillingProviderNpi()).isEqualTo(Encounters.BILLING_NPI);
        assertThat(e.getFacilityId()).isEqualTo("FAC-1");
        assertThat(e.getPayerId()).isEqualTo("SYNPAYER1");
        assertThat(e.getMemberId()).isEqualTo("MEM-778899");
        assertThat(e.getDateOfService()).isEqualTo(LocalDate.parse(DOS, DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(e.getDiagnoses()).extracting(d -> d.getSequence() + ":" + d.getCode() + ":" + d.getDescription())
                .containsExactly("1:E11.9:Type 2 diabetes | no complications", "2:I10:Essential hypertension");
        assertThat(e.getProcedures()).extracting(DocumentedProcedure::getLineNumber, DocumentedProcedure::getCode,
                DocumentedProcedure::getModifiers, DocumentedProcedure::getUnits,
                DocumentedProcedure::getDiagnosisSequences)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "99213", List.of("25"), 1, List.of(1, 2)),
                        org.assertj.core.groups.Tuple.tuple(2, "83036", List.of(), 1, List.of(1)),
                        org.assertj.core.groups.Tuple.tuple(3, "J1885", List.of("LT", "59"), 2, List.of(2)));
    }

    @Test
    void shouldAnswerAeNamingEachSegmentAndFieldAndStoreNothing() throws Exception {
        String visit = "V-" + UUID.randomUUID();
        String message = dft("C-" + UUID.randomUUID(), visit, "2.5.1")
                .replace("|19610412|", "|19610231|") // no such day
                .replace("J1885^Injection^HC", "J1885^Injection^XX") // not a procedure coding system
                .replace("|I10^^I10|", "|Z99.89^^I10|"); // FT1-19 names a diagnosis on no DG1

        Message ack = parse(postHttp(message));

        assertThat(field(ack, "MSA", 1)).isEqualTo("AE");
        assertThat(errors(ack)).containsExactly("FT1^3^19^103", "FT1^3^25^103", "PID^1^7^102");
        assertThat(DocumentedEncounter.<DocumentedEncounter>findById(visit)).isNull();
    }

    @Test
    void shouldAnswerAeWhenTheCommandsConstraintsFail() throws Exception {
        String visit = "V-" + UUID.randomUUID();
        String message = dft("C-" + UUID.randomUUID(), visit, "2.5.1").replace("1234567893^Doctor", "123^Doctor");

        Message ack = parse(postHttp(message));

        assertThat(field(ack, "MSA", 1)).isEqualTo("AE");
        assertThat(errors(ack)).containsExactly("FT1^1^20^102");
        assertThat(DocumentedEncounter.<DocumentedEncounter>findById(visit)).isNull();
    }

    @Test
    void shouldAnswerArWhenMshFieldsAreMissingOrTheTypeIsNotTaken() throws Exception {
        String noControlId = dft("", "V-" + UUID.randomUUID(), "2.5.1");
        String adt = dft("C-" + UUID.randomUUID(), "V-" + UUID.randomUUID(), "2.5.1")
                .replace("DFT^P03^DFT_P03", "ADT^A04^ADT_A01");

        Message first = parse(postHttp(noControlId));
        Message second = parse(sendMllp(adt));
        Message third = parse(postHttp("this is not HL7"));

        assertThat(field(first, "MSA", 1)).isEqualTo("AR");
        assertThat(errors(first)).containsExactly("MSH^1^10^101");
        assertThat(field(second, "MSA", 1)).isEqualTo("AR");
        assertThat(errors(second)).containsExactly("MSH^1^9^200");
        assertThat(field(third, "MSA", 1)).isEqualTo("AR");
        assertThat(errors(third)).containsExactly("MSH^1^^100");
    }

    @Test
    void shouldChangeNothingWhenTheSameControlIdComesAgain() throws Exception {
        String visit = "V-" + UUID.randomUUID();
        String control = "C-" + UUID.randomUUID();
        String message = dft(control, visit, "2.5.1");

        Message first = parse(postHttp(message));
        Message again = parse(sendMllp(message.replace("J1885|||2|", "J1885|||5|")));
        Message otherControlId = parse(postHttp(dft("C-" + UUID.randomUUID(), visit, "2.5.1")));
        String marker = "V-" + UUID.randomUUID();
        parse(postHttp(dft("C-" + UUID.randomUUID(), marker, "2.5.1")));

        assertThat(field(first, "MSA", 1)).isEqualTo("AA");
        assertThat(field(again, "MSA", 1)).isEqualTo("AA");
        assertThat(field(otherControlId, "MSA", 1)).isEqualTo("AE");
        assertThat(errors(otherControlId)).containsExactly("PV1^1^19^205");
        // the outbox relays in order: once the later marker is out, a second event for the visit would be too
        TestEvents.awaitEvent(Topics.ENCOUNTER_DOCUMENTED, EncounterDocumented.class,
                d -> d.getEncounterId().equals(marker), WAIT);
        List<EncounterDocumented> events = TestEvents.awaitEvents(Topics.ENCOUNTER_DOCUMENTED,
                EncounterDocumented.class, d -> d.getEncounterId().equals(visit), 1, WAIT);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getProcedures()).extracting(DocumentedProcedure::getUnits).containsExactly(1, 1, 2);
    }

    /** A DFT^P03 as an EHR's charge interface sends it: three FT1, a Z-segment, escapes, GT1 and IN1. */
    static String dft(String controlId, String visit, String version) {
        List<String> segments = new ArrayList<>();
        segments.add("MSH|^~\\&|EHR|GENHOSP|REVCYCLE|CODING|20261201093000||DFT^P03^DFT_P03|" + controlId + "|P|"
                + version);
        segments.add("EVN|P03|20261201093000");
        segments.add(segment("PID", Map.of(1, "1", 3, "PAT-" + visit + "^^^GENHOSP^MR",
                5, "O'Quixote \\T\\ Sons^Zelda^A", 7, "19610412", 8, "F",
                11, "12 Elm St^Apt 4^Springfield^IL^62704")));
        segments.add(segment("PV1", Map.of(1, "1", 2, "O", 3, "CLINIC^101^^FAC-1&" + Encounters.BILLING_NPI + "&NPI",
                7, Encounters.RENDERING_NPI + "^Attending^Ann^^^^^^NPI", 19, visit)));
        segments.add("ZPV|1|site-specific^data|\\F\\ignored");
        segments.add(ft1(1, "99213^Office visit^C4", "25", "1", "E11.9^^I10~I10^^I10"));
        segments.add(ft1(2, "83036^Hemoglobin A1c^C4", "", "1", "E11.9^^I10"));
        segments.add(ft1(3, "J1885^Injection^HC", "LT~59", "2", "I10^^I10"));
        segments.add(segment("DG1", Map.of(1, "1", 3, "E11.9^Type 2 diabetes \\F\\ no complications^I10", 6, "F")));
        segments.add(segment("DG1", Map.of(1, "2", 3, "I10^Essential hypertension^I10", 6, "F")));
        segments.add(segment("GT1", Map.of(1, "1", 3, "O'Quixote^Zelda")));
        segments.add(segment("IN1", Map.of(1, "1", 2, "PPO", 3, "SYNPAYER1", 4, "Synthetic Payer", 36, "MEM-778899")));
        segments.add("ZFT|1|more site data");
        return String.join("\r", segments) + "\r";
    }

    private static String ft1(int setId, String procedure, String modifiers, String units, String diagnoses) {
        return segment("FT1", Map.of(1, String.valueOf(setId), 4, DOS, 6, "CG", 7, procedure.split("\\^")[0],
                10, units, 19, diagnoses, 20, Encounters.RENDERING_NPI + "^Doctor^Dana^^^^^^NPI", 25, procedure,
                26, modifiers));
    }

    private String sendMllp(String message) throws IOException, LLPException {
        try (Socket socket = new Socket("127.0.0.1", mllp.port())) {
            new MinLLPWriter(socket.getOutputStream(), StandardCharsets.UTF_8).writeMessage(message);
            return new MinLLPReader(socket.getInputStream(), StandardCharsets.UTF_8).getMessage();
        }
    }

    private static String postHttp(String message) {
        return given().contentType(Hl7Resource.ER7).body(message.getBytes(StandardCharsets.UTF_8)).when().post("/hl7")
                .then().statusCode(200).extract().asString();
    }

    private static final DefaultHapiContext HAPI = new DefaultHapiContext();

    private static Message parse(String er7) throws HL7Exception {
        return HAPI.getPipeParser().parse(er7);
    }

    private static String field(Message m, String segment, int field) throws HL7Exception {
        return new Terser(m).get("/" + segment + "-" + field);
    }

    /** Each ERR as "segment^repetition^field^error code" (ERR-2 ERL and ERR-3 HL7 table 0357). */
    private static List<String> errors(Message ack) throws HL7Exception {
        Terser t = new Terser(ack);
        List<String> errors = new ArrayList<>();
        for (int i = 0; t.getSegment("/ERR(" + i + ")") != null && t.get("/ERR(" + i + ")-3-1") != null; i++) {
            String p = "/ERR(" + i + ")-2-";
            errors.add(t.get(p + "1") + "^" + t.get(p + "2") + "^" + nullToEmpty(t.get(p + "3")) + "^"
                    + t.get("/ERR(" + i + ")-3-1"));
        }
        return errors;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
