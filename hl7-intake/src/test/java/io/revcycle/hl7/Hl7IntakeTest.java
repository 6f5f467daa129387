package io.revcycle.hl7;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.util.Terser;

/** The shared MSH checks and ACKs, with a handler that takes ADT^A04 and refuses a message without PID-3. */
class Hl7IntakeTest {

    private final List<Hl7Inbound> handled = new ArrayList<>();
    private final Hl7Intake intake = new Hl7Intake(new Hl7Handler() {
        @Override
        public Map<String, Set<String>> accepted() {
            return Map.of("ADT", Set.of("A04"));
        }

        @Override
        public Message handle(Hl7Inbound inbound) throws HL7Exception {
            handled.add(inbound);
            Hl7Fields fields = new Hl7Fields();
            Terser t = new Terser(inbound.message());
            fields.required(t.get("/PID-3-1"), "PID", 1, 3, "patient identifier");
            fields.date(t.get("/PID-7-1"), "PID", 1, 7, "date of birth");
            return fields.clean() ? Hl7Acks.accept(inbound) : Hl7Acks.refuse(inbound, fields.problems());
        }
    });

    @Test
    void shouldAnswerAaAndHandTheHandlerTheSenderAndControlId() throws Exception {
        Message ack = parse(intake.receive(adt("C-1", "A04", "PAT-1", "19800101")));

        assertThat(field(ack, "MSA-1")).isEqualTo("AA");
        assertThat(field(ack, "MSA-2")).isEqualTo("C-1");
        assertThat(handled).singleElement().satisfies(i -> {
            assertThat(i.sender()).isEqualTo("EHR|GENHOSP");
            assertThat(i.controlId()).isEqualTo("C-1");
            assertThat(i.key("ADT")).isEqualTo(new Hl7Inbound(null, null, "ADT", "A04", "EHR|GENHOSP", "C-1")
                    .key("ADT")).isNotEqualTo(i.key("DFT"));
        });
    }

    @Test
    void shouldAnswerAeWithOneErrPerProblemSortedByLocation() throws Exception {
        Message ack = parse(intake.receive(adt("C-2", "A04", "", "19800231")));

        assertThat(field(ack, "MSA-1")).isEqualTo("AE");
        assertThat(field(ack, "ERR(0)-2-1") + "^" + field(ack, "ERR(0)-2-3") + "^" + field(ack, "ERR(0)-3-1"))
                .isEqualTo("PID^3^101");
        assertThat(field(ack, "ERR(1)-2-1") + "^" + field(ack, "ERR(1)-2-3") + "^" + field(ack, "ERR(1)-3-1"))
                .isEqualTo("PID^7^102");
    }

    @Test
    void shouldAnswerArWithoutCallingTheHandlerWhenTheMshCannotBeTaken() throws Exception {
        Message wrongTrigger = parse(intake.receive(adt("C-3", "A08", "PAT-1", "19800101")));
        Message noControlId = parse(intake.receive(adt("", "A04", "PAT-1", "19800101")));
        Message dft = parse(intake.receive(adt("C-4", "A04", "PAT-1", "19800101").replace("ADT^A04", "DFT^P03")));
        Message notHl7 = parse(intake.receive("hello"));

        assertThat(handled).isEmpty();
        assertThat(field(wrongTrigger, "MSA-1")).isEqualTo("AR");
        assertThat(field(wrongTrigger, "ERR-2-3") + "^" + field(wrongTrigger, "ERR-3-1")).isEqualTo("9^201");
        assertThat(field(noControlId, "ERR-2-3") + "^" + field(noControlId, "ERR-3-1")).isEqualTo("10^101");
        assertThat(field(dft, "ERR-3-1")).isEqualTo("200");
        assertThat(field(dft, "ERR-3-9")).contains("ADT^A04"); // the text: the CWE original text
        assertThat(field(dft, "MSA-2")).isEqualTo("C-4");
        assertThat(field(notHl7, "MSA-1")).isEqualTo("AR");
        assertThat(field(notHl7, "ERR-3-1")).isEqualTo("100");
    }

    @Test
    void shouldReadDatesAndNumbersAndCollectEveryProblem() {
        Hl7Fields fields = new Hl7Fields();

        assertThat(fields.optionalDate("20260115083000-0500", "IN1", 2, 12, "plan effective date"))
                .isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(fields.optionalDate(" ", "IN1", 2, 13, "plan expiration date")).isNull();
        assertThat(fields.optionalDate("2026-01-15", "IN1", 2, 13, "plan expiration date")).isNull();
        assertThat(fields.integer("x", "IN1", 1, 22, "priority")).isNull();
        assertThat(Hl7Fields.firstOf(null, " ", "B")).isEqualTo("B");

        assertThat(fields.problems()).extracting(Hl7Problem::where).containsExactly("IN1(2)-13", "IN1-22");
    }

    private static String adt(String controlId, String trigger, String patientId, String birthDate) {
        return "MSH|^~\\&|EHR|GENHOSP|REVCYCLE|ELIGIBILITY|20261201093000||ADT^" + trigger + "^ADT_A01|" + controlId
                + "|P|2.5.1\rEVN|" + trigger + "|20261201093000\rPID|1||" + patientId + "^^^GENHOSP^MR||Doe^Jane||"
                + birthDate + "|F\rPV1|1|O\r";
    }

    private static final DefaultHapiContext HAPI = new DefaultHapiContext();

    private static Message parse(String er7) throws HL7Exception {
        return HAPI.getPipeParser().parse(er7);
    }

    private static String field(Message m, String path) throws HL7Exception {
        return new Terser(m).get("/" + path);
    }
}
