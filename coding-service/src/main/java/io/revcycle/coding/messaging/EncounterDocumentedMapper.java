package io.revcycle.coding.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.revcycle.coding.domain.CodingLine;
import io.revcycle.coding.domain.CodingWorkItem;
import io.revcycle.coding.domain.IcdProcedure;
import io.revcycle.coding.domain.ProviderDiagnosis;
import io.revcycle.coding.domain.ProviderProcedure;
import io.revcycle.coding.service.DocumentEncounterCommand;
import io.revcycle.events.DocumentedDiagnosis;
import io.revcycle.events.DocumentedProcedure;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.PatientDemographics;
import io.revcycle.events.PostalAddress;

/** Between the documentation command, the EncounterDocumented event and the coding work item. */
public final class EncounterDocumentedMapper {

    private EncounterDocumentedMapper() {
    }

    public static EncounterDocumented toEvent(DocumentEncounterCommand c, String encounterId, String source,
            UUID eventId, Instant occurredAt) {
        DocumentEncounterCommand.Patient p = c.patient();
        return EncounterDocumented.newBuilder()
                .setEventId(eventId)
                .setOccurredAt(occurredAt)
                .setEncounterId(encounterId)
                .setSource(source)
                .setPatient(PatientDemographics.newBuilder().setPatientId(p.patientId()).setFirstName(p.firstName())
                        .setLastName(p.lastName()).setDateOfBirth(p.dateOfBirth()).setSex(p.sex())
                        .setAddress(p.address() == null ? null : PostalAddress.newBuilder()
                                .setLine1(p.address().line1()).setLine2(p.address().line2())
                                .setCity(p.address().city()).setState(p.address().state())
                                .setPostalCode(p.address().postalCode()).build())
                        .build())
                .setEncounterType(c.encounterType())
                .setRenderingProviderNpi(c.renderingProviderNpi())
                .setBillingProviderNpi(c.billingProviderNpi())
                .setFacilityId(c.facilityId())
                .setPlaceOfService(c.placeOfService())
                .setPayerId(c.payerId())
                .setMemberId(c.memberId())
                .setDateOfService(c.dateOfService())
                .setDiagnoses(c.diagnoses().stream().map(d -> DocumentedDiagnosis.newBuilder()
                        .setSequence(d.sequence()).setDescription(d.description()).setCode(d.code())
                        .setPresentOnAdmission(d.presentOnAdmission()).build()).toList())
                .setProcedures(c.procedures().stream().map(pr -> DocumentedProcedure.newBuilder()
                        .setLineNumber(pr.lineNumber()).setDescription(pr.description()).setCode(pr.code())
                        .setModifiers(new ArrayList<>(pr.modifiers())).setUnits(pr.units())
                        .setDiagnosisSequences(new ArrayList<>(pr.diagnosisSequences()))
                        .setCodeSystem(pr.codeSystem()).setPerformedDate(pr.performedDate())
                        .setRevenueCode(pr.revenueCode()).build()).toList())
                .setAdmissionDate(c.admissionDate())
                .setDischargeDate(c.dischargeDate())
                .setDischargeDisposition(c.dischargeDisposition())
                .setExpectedCharge(c.expectedCharge())
                .setSpecialty(c.specialty())
                .setNoteText(c.noteText())
                .setAdmissionType(c.admissionType())
                .setAdmissionSource(c.admissionSource())
                .build();
    }

    /** The event seen as a command, so events from an EHR integration pass exactly the API's validation. */
    public static DocumentEncounterCommand toCommand(EncounterDocumented e) {
        PatientDemographics p = e.getPatient();
        return new DocumentEncounterCommand(e.getEncounterId(),
                new DocumentEncounterCommand.Patient(p.getPatientId(), p.getFirstName(), p.getLastName(),
                        p.getDateOfBirth(), p.getSex(), p.getAddress() == null ? null
                                : new DocumentEncounterCommand.Address(p.getAddress().getLine1(),
                                        p.getAddress().getLine2(), p.getAddress().getCity(),
                                        p.getAddress().getState(), p.getAddress().getPostalCode())),
                e.getRenderingProviderNpi(), e.getBillingProviderNpi(), e.getFacilityId(), e.getPlaceOfService(),
                e.getPayerId(), e.getMemberId(), e.getDateOfService(),
                e.getDiagnoses().stream().map(d -> new DocumentEncounterCommand.Diagnosis(d.getSequence(),
                        d.getDescription(), d.getCode(), d.getPresentOnAdmission())).toList(),
                e.getProcedures().stream().map(pr -> new DocumentEncounterCommand.Procedure(pr.getLineNumber(),
                        pr.getDescription(), pr.getCode(), pr.getModifiers(), pr.getUnits(),
                        pr.getDiagnosisSequences(), pr.getCodeSystem(), pr.getPerformedDate(), pr.getRevenueCode()))
                        .toList(),
                e.getEncounterType(), e.getAdmissionDate(), e.getDischargeDate(), e.getDischargeDisposition(),
                e.getExpectedCharge(), e.getSpecialty(), e.getNoteText(), e.getAdmissionType(),
                e.getAdmissionSource());
    }

    /**
     * The initial work item: diagnosis codes in sequence order (null where the provider gave none) and each line's
     * diagnosis sequences turned into 1-based pointers into that list. The sex and the age on the date of service
     * serve the MCE edits; names, birth date and address are kept only to hand them to billing in EncounterCoded
     * (the claim's subscriber loop) and are never shown in the worklist.
     */
    public static CodingWorkItem toWorkItem(EncounterDocumented e, Instant now) {
        CodingWorkItem item = new CodingWorkItem();
        item.encounterId = e.getEncounterId();
        item.source = e.getSource();
        item.patientId = e.getPatient().getPatientId();
        item.renderingProviderNpi = e.getRenderingProviderNpi();
        item.billingProviderNpi = e.getBillingProviderNpi();
        item.facilityId = e.getFacilityId();
        item.placeOfService = e.getPlaceOfService();
        item.payerId = e.getPayerId();
        item.memberId = e.getMemberId();
        item.dateOfService = e.getDateOfService();
        item.patientSex = e.getPatient().getSex();
        item.patientAge = ageOn(e.getPatient().getDateOfBirth(), e.getDateOfService());
        item.encounterType = e.getEncounterType();
        item.admissionDate = e.getAdmissionDate();
        item.dischargeDate = e.getDischargeDate();
        item.dischargeDisposition = e.getDischargeDisposition();
        item.admissionType = e.getAdmissionType();
        item.admissionSource = e.getAdmissionSource();
        item.specialty = e.getSpecialty();
        item.expectedCharge = e.getExpectedCharge();
        item.noteText = e.getNoteText();
        item.patientFirstName = e.getPatient().getFirstName();
        item.patientLastName = e.getPatient().getLastName();
        item.patientDateOfBirth = e.getPatient().getDateOfBirth();
        PostalAddress a = e.getPatient().getAddress();
        if (a != null) {
            item.patientAddressLine1 = a.getLine1();
            item.patientAddressLine2 = a.getLine2();
            item.patientCity = a.getCity();
            item.patientState = a.getState();
            item.patientPostalCode = a.getPostalCode();
        }
        item.createdAt = now;
        item.updatedAt = now;

        List<DocumentedDiagnosis> diagnoses = e.getDiagnoses().stream()
                .sorted(Comparator.comparingInt(DocumentedDiagnosis::getSequence)).toList();
        Map<Integer, Integer> pointerOfSequence = new HashMap<>();
        for (DocumentedDiagnosis d : diagnoses) {
            item.documentedDiagnoses.add(new ProviderDiagnosis(d.getSequence(), d.getDescription(), d.getCode(),
                    d.getPresentOnAdmission()));
            item.diagnosisCodes.add(normalize(d.getCode()));
            if (item.isInpatient()) {
                item.diagnosisPoa.add(normalize(d.getPresentOnAdmission()));
            }
            pointerOfSequence.put(d.getSequence(), item.diagnosisCodes.size());
        }
        e.getProcedures().stream().sorted(Comparator.comparingInt(DocumentedProcedure::getLineNumber)).forEach(p -> {
            item.documentedProcedures.add(new ProviderProcedure(p.getLineNumber(), p.getDescription(), p.getCode(),
                    p.getModifiers(), p.getUnits(), p.getDiagnosisSequences(), p.getCodeSystem(),
                    p.getPerformedDate()));
            if (DocumentEncounterCommand.ICD10PCS.equals(p.getCodeSystem())) {
                // not a service line: the 837I reports ICD-10-PCS procedures with their dates (HI BBR/BBQ)
                item.icdProcedures.add(new IcdProcedure(normalize(p.getCode()), p.getPerformedDate()));
                return;
            }
            item.lines.add(new CodingLine(p.getLineNumber(), normalize(p.getCode()),
                    p.getModifiers().stream().map(EncounterDocumentedMapper::normalize).toList(), p.getUnits(),
                    p.getDiagnosisSequences().stream().map(pointerOfSequence::get).toList(), p.getRevenueCode()));
        });
        return item;
    }

    /** Age in whole years on the date of service (MCE age edits); null when the dates contradict each other. */
    static Integer ageOn(LocalDate dateOfBirth, LocalDate dateOfService) {
        if (dateOfBirth == null || dateOfService == null || dateOfBirth.isAfter(dateOfService)) {
            return null;
        }
        return Period.between(dateOfBirth, dateOfService).getYears();
    }

    /** Codes are compared upper-case and without surrounding blanks; a blank code is no code. */
    public static String normalize(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
