package io.revcycle.coding.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.revcycle.coding.domain.CodingLine;
import io.revcycle.coding.domain.CodingQuery;
import io.revcycle.coding.domain.CodingWorkItem;
import io.revcycle.coding.domain.ProviderDiagnosis;
import io.revcycle.coding.domain.ProviderProcedure;
import io.revcycle.coding.service.CodeSuggestions;

/** What coders see of work items. No patient names, birth dates or member ids: coding needs none of them. */
public final class WorkItemViews {

    private WorkItemViews() {
    }

    /** One row of GET /worklist. */
    public record Summary(String encounterId, String status, String encounterType, String facilityId,
            String specialty, LocalDate dateOfService, String payerId, BigDecimal expectedCharge, String assignedTo,
            List<String> issues, List<FindingView> findings, List<String> diagnosisCodes, List<Line> lines) {
    }

    /** GET /worklist/summary: the whole worklist in counts, not pages. */
    public record Counts(long needsReview, long codedAutomatically, long codedByCoder) {
    }

    /** GET /worklist/{encounterId}: the documentation next to the current codes and their issues. */
    public record Detail(String encounterId, String status, String source, LocalDate dateOfService, String payerId,
            String facilityId, String placeOfService, String renderingProviderNpi, String billingProviderNpi,
            List<Diagnosis> documentedDiagnoses, List<Procedure> documentedProcedures, List<String> diagnosisCodes,
            List<Line> lines, List<String> issues, List<FindingView> findings, List<OverrideView> overrides,
            List<DiagnosisSuggestions> suggestions, String finalizedBy, Instant finalizedAt, String contentVersion,
            String encounterType, String specialty, BigDecimal expectedCharge, LocalDate admissionDate,
            LocalDate dischargeDate,
            String dischargeDisposition, List<String> diagnosisPresentOnAdmission, List<IcdProcedureView> icdProcedures,
            String noteText, String assignedTo, Instant assignedAt, List<QueryResource.QueryView> queries,
            String admissionType, String admissionSource) {
    }

    /** An inpatient stay's ICD-10-PCS procedure (principal first) with its date. */
    public record IcdProcedureView(String code, LocalDate performedDate) {
    }

    /** A finding of the edits; ERROR blocks finalization, WARNING may be overridden with a reason. */
    public record FindingView(String id, String ruleId, String severity, String message, List<String> codes,
            List<Integer> lineNumbers, String contentVersion) {
    }

    public record OverrideView(String findingId, String ruleId, String severity, String message, List<String> codes,
            List<Integer> lineNumbers, String reason, String overriddenBy, Instant overriddenAt) {
    }

    /** Candidate codes for a documented diagnosis that has no code yet. */
    public record DiagnosisSuggestions(int sequence, String description, List<CodeSuggestions.Candidate> candidates) {
    }

    public record Diagnosis(int sequence, String description, String code, String presentOnAdmission) {
    }

    public record Procedure(int lineNumber, String description, String code, List<String> modifiers, int units,
            List<Integer> diagnosisSequences, String codeSystem, LocalDate performedDate) {
    }

    /** revenueCode: an outpatient facility line's NUBC revenue code as chosen or confirmed (null = the chargemaster's). */
    public record Line(int lineNumber, String procedureCode, List<String> modifiers, int units,
            List<Integer> diagnosisPointers, String revenueCode) {
    }

    public static Summary summary(CodingWorkItem item) {
        return new Summary(item.encounterId, item.status.name(), item.encounterType, item.facilityId, item.specialty,
                item.dateOfService, item.payerId, item.expectedCharge, item.assignedTo,
                List.copyOf(item.issues), findings(item), copy(item.diagnosisCodes), lines(item));
    }

    public static Detail detail(CodingWorkItem item) {
        return detail(item, List.of());
    }

    public static Detail detail(CodingWorkItem item, List<DiagnosisSuggestions> suggestions) {
        return new Detail(item.encounterId, item.status.name(), item.source, item.dateOfService, item.payerId,
                item.facilityId, item.placeOfService, item.renderingProviderNpi, item.billingProviderNpi,
                item.documentedDiagnoses.stream().map(WorkItemViews::diagnosis).toList(),
                item.documentedProcedures.stream().map(WorkItemViews::procedure).toList(),
                copy(item.diagnosisCodes), lines(item), List.copyOf(item.issues), findings(item),
                item.overrides.stream().map(o -> new OverrideView(o.findingId, o.ruleId, o.severity, o.message,
                        List.copyOf(o.codes), List.copyOf(o.lineNumbers), o.reason, o.overriddenBy, o.overriddenAt))
                        .toList(),
                suggestions, item.finalizedBy, item.finalizedAt, item.contentVersion, item.encounterType,
                item.specialty, item.expectedCharge, item.admissionDate, item.dischargeDate, item.dischargeDisposition,
                copy(item.diagnosisPoa),
                item.icdProcedures.stream().map(p -> new IcdProcedureView(p.code, p.performedDate)).toList(),
                item.noteText, item.assignedTo, item.assignedAt,
                CodingQuery.ofEncounter(item.encounterId).stream().map(QueryResource.QueryView::of).toList(),
                item.admissionType, item.admissionSource);
    }

    private static List<FindingView> findings(CodingWorkItem item) {
        return item.findings.stream().map(f -> new FindingView(f.findingId, f.ruleId, f.severity, f.message,
                List.copyOf(f.codes), List.copyOf(f.lineNumbers), f.contentVersion)).toList();
    }

    private static Diagnosis diagnosis(ProviderDiagnosis d) {
        return new Diagnosis(d.sequence, d.description, d.documentedCode, d.presentOnAdmission);
    }

    private static Procedure procedure(ProviderProcedure p) {
        return new Procedure(p.lineNumber, p.description, p.documentedCode, List.copyOf(p.documentedModifiers),
                p.units, List.copyOf(p.diagnosisSequences), p.codeSystem, p.performedDate);
    }

    private static List<Line> lines(CodingWorkItem item) {
        return item.lines.stream().map(WorkItemViews::line).toList();
    }

    private static Line line(CodingLine l) {
        return new Line(l.lineNumber, l.procedureCode, List.copyOf(l.modifiers), l.units,
                List.copyOf(l.diagnosisPointers), l.revenueCode);
    }

    /** Diagnosis codes may hold nulls (no code yet), which List.copyOf rejects. */
    private static List<String> copy(List<String> codes) {
        return codes.stream().toList();
    }
}
