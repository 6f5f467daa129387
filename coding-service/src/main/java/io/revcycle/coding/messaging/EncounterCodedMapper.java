package io.revcycle.coding.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.UUID;

import io.revcycle.coding.domain.CodingWorkItem;
import io.revcycle.events.ClaimPatient;
import io.revcycle.events.CodedIcdProcedure;
import io.revcycle.events.CodedLine;
import io.revcycle.events.EncounterCoded;
import io.revcycle.events.OverriddenFinding;

/** The final codes of a work item as the EncounterCoded event. */
public final class EncounterCodedMapper {

    private EncounterCodedMapper() {
    }

    public static EncounterCoded toEvent(CodingWorkItem item) {
        return EncounterCoded.newBuilder()
                .setEventId(eventIdOf(item.encounterId))
                .setOccurredAt(item.finalizedAt)
                .setEncounterId(item.encounterId)
                .setPatientId(item.patientId)
                .setEncounterType(item.encounterType)
                .setPatient(item.patientLastName == null ? null : ClaimPatient.newBuilder()
                        .setFirstName(item.patientFirstName)
                        .setLastName(item.patientLastName)
                        .setDateOfBirth(item.patientDateOfBirth)
                        .setSex(item.patientSex)
                        .setLine1(item.patientAddressLine1)
                        .setLine2(item.patientAddressLine2)
                        .setCity(item.patientCity)
                        .setState(item.patientState)
                        .setPostalCode(item.patientPostalCode)
                        .build())
                .setRenderingProviderNpi(item.renderingProviderNpi)
                .setBillingProviderNpi(item.billingProviderNpi)
                .setFacilityId(item.facilityId)
                .setPlaceOfService(item.placeOfService)
                .setPayerId(item.payerId)
                .setMemberId(item.memberId)
                .setDateOfService(item.dateOfService)
                .setDiagnosisCodes(new ArrayList<>(item.diagnosisCodes))
                .setLines(item.lines.stream().map(l -> CodedLine.newBuilder()
                        .setLineNumber(l.lineNumber)
                        .setProcedureCode(l.procedureCode)
                        .setModifiers(new ArrayList<>(l.modifiers))
                        .setUnits(l.units)
                        .setDiagnosisPointers(new ArrayList<>(l.diagnosisPointers))
                        .setRevenueCode(l.revenueCode)
                        .build()).toList())
                .setFinalizedBy(item.finalizedBy)
                .setContentVersion(item.contentVersion)
                .setOverriddenFindings(item.overrides.stream().map(o -> OverriddenFinding.newBuilder()
                        .setRuleId(o.ruleId)
                        .setSeverity(o.severity)
                        .setMessage(o.message)
                        .setCodes(new ArrayList<>(o.codes))
                        .setLineNumbers(new ArrayList<>(o.lineNumbers))
                        .setReason(o.reason)
                        .setOverriddenBy(o.overriddenBy)
                        .build()).toList())
                .setDiagnosisPresentOnAdmission(new ArrayList<>(item.diagnosisPoa))
                .setIcdProcedures(item.icdProcedures.stream()
                        .map(p -> new CodedIcdProcedure(p.code, p.performedDate)).toList())
                .setAdmissionDate(item.admissionDate)
                .setDischargeDate(item.dischargeDate)
                .setDischargeDisposition(item.dischargeDisposition)
                .setAdmissionType(item.admissionType)
                .setAdmissionSource(item.admissionSource)
                .build();
    }

    /** An encounter is coded once, so its EncounterCoded id is derived from the encounter: a replay is a duplicate. */
    static UUID eventIdOf(String encounterId) {
        return UUID.nameUUIDFromBytes(("EncounterCoded/" + encounterId).getBytes(StandardCharsets.UTF_8));
    }
}
