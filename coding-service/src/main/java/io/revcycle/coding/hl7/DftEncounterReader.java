package io.revcycle.coding.hl7;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.datatype.CE;
import ca.uhn.hl7v2.model.v251.datatype.HD;
import ca.uhn.hl7v2.model.v251.datatype.XAD;
import ca.uhn.hl7v2.model.v251.group.DFT_P03_FINANCIAL;
import ca.uhn.hl7v2.model.v251.message.DFT_P03;
import ca.uhn.hl7v2.model.v251.segment.DG1;
import ca.uhn.hl7v2.model.v251.segment.FT1;
import ca.uhn.hl7v2.model.v251.segment.IN1;
import ca.uhn.hl7v2.model.v251.segment.PID;
import ca.uhn.hl7v2.model.v251.segment.PV1;
import io.revcycle.coding.service.DocumentEncounterCommand;
import io.revcycle.hl7.Hl7Fields;
import io.revcycle.hl7.Hl7Problem;

/**
 * A DFT^P03 (detailed financial transaction: the charges of one visit) as the same {@link DocumentEncounterCommand}
 * the JSON API takes: PID the patient, PV1-19 the encounter, PV1-3's facility (HD with an NPI universal id) the
 * billing provider, FT1 repetitions the lines (CPT/HCPCS in FT1-25, modifiers FT1-26, units FT1-10, performing
 * provider FT1-20, diagnoses by code in FT1-19, date of service FT1-4), DG1 the diagnoses, the first IN1 the payer
 * (IN1-3) and member id (IN1-36). Z-segments and fields not named here are ignored. Each problem names its segment
 * and field; the command's own constraints are checked afterwards, as for the JSON API.
 */
public final class DftEncounterReader extends Hl7Fields {

    /** HL7 table 0396 and common feed spellings of the procedure coding systems. */
    private static final Set<String> PROCEDURE_SYSTEMS = Set.of("C4", "C5", "CPT", "CPT4", "HC", "HCPCS", "HCPC");
    private static final Set<String> DIAGNOSIS_SYSTEMS = Set.of("I10", "I10C", "ICD10", "ICD10CM", "ICD-10-CM");
    /** Table 0017: charge, credit, payment, adjustment. */
    private static final Set<String> TRANSACTION_TYPES = Set.of("CG", "CD", "PY", "AJ");

    private DftEncounterReader() {
    }

    /** The command, or null with the problems found. */
    public record Result(DocumentEncounterCommand command, List<Hl7Problem> problems) {
    }

    public static Result read(DFT_P03 dft) throws HL7Exception {
        DftEncounterReader reader = new DftEncounterReader();
        DocumentEncounterCommand command = reader.map(dft);
        return new Result(reader.clean() ? command : null, reader.problems());
    }

    private DocumentEncounterCommand map(DFT_P03 dft) throws HL7Exception {
        PV1 pv1 = dft.getPV1();
        String encounterId = required(pv1.getVisitNumber().getIDNumber().getValue(), "PV1", 1, 19, "visit number");
        DocumentEncounterCommand.Patient patient = patient(dft.getPID());

        Map<String, Integer> sequenceByCode = new LinkedHashMap<>();
        List<DocumentEncounterCommand.Diagnosis> diagnoses = new ArrayList<>();
        List<DG1> dg1s = dft.getDG1All();
        for (int i = 0; i < dg1s.size(); i++) {
            diagnoses.add(diagnosis(dg1s.get(i), i + 1, sequenceByCode));
        }
        if (dg1s.isEmpty()) {
            add(Hl7Problem.missing("DG1", 1, 0, "DG1 (a diagnosis)"));
        }

        List<DFT_P03_FINANCIAL> financials = dft.getFINANCIALAll();
        List<DocumentEncounterCommand.Procedure> procedures = new ArrayList<>();
        String performer = null;
        LocalDate dateOfService = null;
        for (int i = 0; i < financials.size(); i++) {
            FT1 ft1 = financials.get(i).getFT1();
            int rep = i + 1;
            procedures.add(procedure(ft1, rep, sequenceByCode));
            String npi = value(ft1.getPerformedByCode(0).getIDNumber().getValue());
            if (performer == null) {
                performer = npi;
            } else if (npi != null && !npi.equals(performer)) {
                add(Hl7Problem.badValue("FT1", rep, 20,
                        "performing providers differ between FT1 segments: one encounter has one rendering provider"));
            }
            LocalDate date = date(ft1.getTransactionDate().getRangeStartDateTime().getTime().getValue(), "FT1", rep, 4,
                    "transaction date");
            if (dateOfService == null) {
                dateOfService = date;
            } else if (date != null && !date.equals(dateOfService)) {
                add(Hl7Problem.badValue("FT1", rep, 4,
                        "transaction dates differ between FT1 segments: one encounter has one date of service"));
            }
        }
        if (financials.isEmpty() || financials.get(0).getFT1().isEmpty()) {
            add(Hl7Problem.missing("FT1", 1, 0, "FT1 (a charge)"));
        }
        if (performer == null) {
            performer = value(pv1.getAttendingDoctor(0).getIDNumber().getValue());
        }
        if (performer == null && !financials.isEmpty()) {
            add(Hl7Problem.missing("FT1", 1, 20, "performing provider (or PV1-7 attending doctor)"));
        }

        HD facility = pv1.getAssignedPatientLocation().getFacility();
        String facilityId = required(facility.getNamespaceID().getValue(), "PV1", 1, 3, "facility (PV1-3.4.1)");
        String billingNpi = "NPI".equalsIgnoreCase(value(facility.getUniversalIDType().getValue()))
                ? value(facility.getUniversalID().getValue()) : null;
        if (billingNpi == null && facilityId != null) {
            add(Hl7Problem.missing("PV1", 1, 3, "the facility's NPI (PV1-3.4.2 with PV1-3.4.3 NPI)"));
        }

        String payerId = null;
        String memberId = null;
        if (dft.getINSURANCEAll().isEmpty() || dft.getINSURANCE(0).getIN1().isEmpty()) {
            add(Hl7Problem.missing("IN1", 1, 0, "IN1 (the primary insurance)"));
        } else {
            IN1 in1 = dft.getINSURANCE(0).getIN1();
            payerId = required(in1.getInsuranceCompanyID(0).getIDNumber().getValue(), "IN1", 1, 3,
                    "insurance company id");
            memberId = required(in1.getPolicyNumber().getValue(), "IN1", 1, 36, "policy number (member id)");
        }

        String placeOfService = "E".equals(value(pv1.getPatientClass().getValue())) ? "23"
                : DocumentEncounterCommand.DEFAULT_PLACE_OF_SERVICE;
        return new DocumentEncounterCommand(encounterId, patient, performer, billingNpi, facilityId,
                placeOfService, payerId, memberId, dateOfService, diagnoses, procedures,
                DocumentEncounterCommand.PROFESSIONAL, null, null, null, null, null, null, null, null);
    }

    private DocumentEncounterCommand.Patient patient(PID pid) throws HL7Exception {
        String patientId = required(pid.getPatientIdentifierList(0).getIDNumber().getValue(), "PID", 1, 3,
                "patient identifier");
        String lastName = required(pid.getPatientName(0).getFamilyName().getSurname().getValue(), "PID", 1, 5,
                "family name");
        String firstName = required(pid.getPatientName(0).getGivenName().getValue(), "PID", 1, 5, "given name");
        LocalDate birth = date(pid.getDateTimeOfBirth().getTime().getValue(), "PID", 1, 7, "date of birth");
        String sex = switch (Objects.requireNonNullElse(value(pid.getAdministrativeSex().getValue()), "")) {
            case "F" -> "F";
            case "M" -> "M";
            case "U", "O", "A", "N" -> "U";
            case "" -> {
                add(Hl7Problem.missing("PID", 1, 8, "administrative sex"));
                yield null;
            }
            default -> {
                add(Hl7Problem.unknownCode("PID", 1, 8, "administrative sex is not in HL7 table 0001"));
                yield null;
            }
        };
        DocumentEncounterCommand.Address address = null;
        if (pid.getPatientAddressReps() > 0) {
            XAD a = pid.getPatientAddress(0);
            String line1 = value(a.getStreetAddress().getStreetOrMailingAddress().getValue());
            if (line1 != null) {
                address = new DocumentEncounterCommand.Address(line1, value(a.getOtherDesignation().getValue()),
                        value(a.getCity().getValue()), value(a.getStateOrProvince().getValue()),
                        value(a.getZipOrPostalCode().getValue()));
            }
        }
        return new DocumentEncounterCommand.Patient(patientId, firstName, lastName, birth, sex, address);
    }

    private DocumentEncounterCommand.Diagnosis diagnosis(DG1 dg1, int rep, Map<String, Integer> sequenceByCode) {
        CE ce = dg1.getDiagnosisCodeDG1();
        String code = required(ce.getIdentifier().getValue(), "DG1", rep, 3, "diagnosis code");
        String system = value(ce.getNameOfCodingSystem().getValue());
        if (system != null && !DIAGNOSIS_SYSTEMS.contains(system.toUpperCase())) {
            add(Hl7Problem.unknownCode("DG1", rep, 3, "diagnosis coding system is not ICD-10-CM (I10)"));
        }
        String description = firstOf(value(ce.getText().getValue()), value(dg1.getDiagnosisDescription().getValue()));
        Integer sequence = integer(dg1.getSetIDDG1().getValue(), "DG1", rep, 1, "set id");
        int seq = sequence == null ? rep : sequence;
        if (code != null) {
            sequenceByCode.putIfAbsent(code, seq);
        }
        return new DocumentEncounterCommand.Diagnosis(seq, description, code, null);
    }

    private DocumentEncounterCommand.Procedure procedure(FT1 ft1, int rep, Map<String, Integer> sequenceByCode) {
        String type = value(ft1.getTransactionType().getValue());
        if (type == null) {
            add(Hl7Problem.missing("FT1", rep, 6, "transaction type"));
        } else if (!TRANSACTION_TYPES.contains(type)) {
            add(Hl7Problem.unknownCode("FT1", rep, 6, "transaction type is not in HL7 table 0017"));
        } else if (!"CG".equals(type)) {
            add(Hl7Problem.unknownCode("FT1", rep, 6,
                    "only charges (CG) document an encounter; credits, payments and adjustments are not taken here"));
        }
        CE procedure = ft1.getProcedureCode();
        String code = firstOf(value(procedure.getIdentifier().getValue()),
                value(ft1.getTransactionCode().getIdentifier().getValue()));
        if (code == null) {
            add(Hl7Problem.missing("FT1", rep, 25, "procedure code (or FT1-7 transaction code)"));
        }
        String system = value(procedure.getNameOfCodingSystem().getValue());
        if (system != null && !PROCEDURE_SYSTEMS.contains(system.toUpperCase())) {
            add(Hl7Problem.unknownCode("FT1", rep, 25,
                    "procedure coding system is not CPT (C4) or HCPCS (HC)"));
        }
        String description = firstOf(value(procedure.getText().getValue()),
                value(ft1.getTransactionDescription().getValue()), value(ft1.getTransactionCode().getText().getValue()));
        List<String> modifiers = new ArrayList<>();
        for (CE modifier : ft1.getProcedureCodeModifier()) {
            String m = value(modifier.getIdentifier().getValue());
            if (m != null) {
                modifiers.add(m);
            }
        }
        String quantity = value(ft1.getTransactionQuantity().getValue());
        Integer units = 1;
        if (quantity != null) {
            try {
                units = new BigDecimal(quantity).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                add(Hl7Problem.badValue("FT1", rep, 10, "transaction quantity is not a whole number"));
            }
        }
        List<Integer> pointers = new ArrayList<>();
        for (CE dx : ft1.getDiagnosisCodeFT1()) {
            String dxCode = value(dx.getIdentifier().getValue());
            if (dxCode == null) {
                continue;
            }
            Integer sequence = sequenceByCode.get(dxCode);
            if (sequence == null) {
                add(Hl7Problem.unknownCode("FT1", rep, 19, "diagnosis code is on no DG1 segment"));
            } else {
                pointers.add(sequence);
            }
        }
        Integer lineNumber = integer(ft1.getSetIDFT1().getValue(), "FT1", rep, 1, "set id");
        return new DocumentEncounterCommand.Procedure(lineNumber == null ? rep : lineNumber, description, code,
                modifiers, units, pointers, null, null, null);
    }
}
