package io.revcycle.stack.demo;

import static io.revcycle.stack.hl7.Er7.escape;
import static io.revcycle.stack.hl7.Er7.segment;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.revcycle.stack.demo.SyntheticEncounters.Diagnosis;
import io.revcycle.stack.demo.SyntheticEncounters.Encounter;
import io.revcycle.stack.demo.SyntheticEncounters.Procedure;

/**
 * A professional encounter as an EHR's charge interface sends it: one HL7 v2.5.1 DFT^P03 (PID, PV1 with the facility
 * and its NPI, an FT1 per line with CPT/HCPCS, units and the diagnoses by code, a DG1 per diagnosis, IN1), over MLLP to
 * coding-service (docs/hl7-intake.md), answered with an ACK ({@link io.revcycle.stack.hl7.Mllp}).
 */
public final class Hl7Dft {

    static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private Hl7Dft() {
    }

    /** What a DFT^P03 carries: a professional encounter whose every diagnosis and line has its code. */
    public static boolean canCarry(Encounter e) {
        return SyntheticEncounters.PROFESSIONAL.equals(e.encounterType()) && "11".equals(e.placeOfService())
                && e.diagnoses().stream().allMatch(d -> d.code() != null)
                && !e.procedures().isEmpty() && e.procedures().stream().allMatch(p -> p.code() != null);
    }

    /** The message (ER7, segments ended by CR); the control id is the encounter's, so a resend is one message. */
    public static String of(Encounter e) {
        String now = e.dateOfService().format(DAY) + "120000";
        List<String> segments = new ArrayList<>();
        segments.add("MSH|^~\\&|DEMO-EHR|" + escape(e.facilityId()) + "|REVCYCLE|CODING|" + now + "||DFT^P03^DFT_P03|"
                + escape(e.encounterId()) + "|P|2.5.1");
        segments.add("EVN|P03|" + now);
        segments.add(pid(e.patient()));
        segments.add(segment("PV1", Map.of(1, "1", 2, "O", 3, "CLINIC^^^" + escape(e.facilityId()) + "&"
                + e.billingProviderNpi() + "&NPI", 19, escape(e.encounterId()))));
        for (Procedure pr : e.procedures()) {
            String system = Character.isDigit(pr.code().charAt(0)) ? "C4" : "HC";
            String diagnoses = pr.diagnosisSequences().stream().map(s -> diagnosisCode(e, s) + "^^I10")
                    .collect(Collectors.joining("~"));
            segments.add(segment("FT1", Map.of(1, String.valueOf(pr.lineNumber()), 4, e.dateOfService().format(DAY),
                    6, "CG", 7, pr.code(), 10, String.valueOf(pr.units()), 19, diagnoses,
                    20, e.renderingProviderNpi() + "^^^^^^^^NPI",
                    25, pr.code() + "^" + escape(pr.description()) + "^" + system,
                    26, String.join("~", pr.modifiers()))));
        }
        for (Diagnosis d : e.diagnoses()) {
            segments.add(segment("DG1", Map.of(1, String.valueOf(d.sequence()),
                    3, d.code() + "^" + escape(d.description()) + "^I10", 6, "F")));
        }
        segments.add(segment("IN1", Map.of(1, "1", 3, escape(e.payerId()), 36, escape(e.memberId()))));
        return String.join("\r", segments) + "\r";
    }

    /** The patient as the EHR identifies it (PID-3 its MR number); the demo's ADT sends the same PID. */
    static String pid(SyntheticEncounters.Patient p) {
        SyntheticEncounters.Address a = p.address();
        return segment("PID", Map.of(1, "1", 3, escape(p.patientId()) + "^^^DEMO-EHR^MR",
                5, escape(p.lastName()) + "^" + escape(p.firstName()), 7, p.dateOfBirth().format(DAY), 8, p.sex(),
                11, escape(a.line1()) + "^" + escape(a.line2()) + "^" + escape(a.city()) + "^" + a.state() + "^"
                        + a.postalCode()));
    }

    private static String diagnosisCode(Encounter e, int sequence) {
        return e.diagnoses().stream().filter(d -> d.sequence() == sequence).findFirst().orElseThrow().code();
    }
}
