package io.revcycle.coding.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.revcycle.coding.domain.CodingLine;
import io.revcycle.coding.domain.CodingWorkItem;
import io.revcycle.coding.domain.ProviderDiagnosis;
import io.revcycle.coding.domain.ProviderProcedure;

/** What coders see of work items. No patient names, birth dates or member ids: coding needs none of them. */
public final class WorkItemViews {

    private WorkItemViews() {
    }

    /** One row of GET /worklist. */
    public record Summary(String encounterId, String status, LocalDate dateOfService, String payerId,
            List<String> issues, List<String> diagnosisCodes, List<Line> lines) {
    }

    /** GET /worklist/{encounterId}: the documentation next to the current codes and their issues. */
    public record Detail(String encounterId, String status, String source, LocalDate dateOfService, String payerId,
            String facilityId, String placeOfService, String renderingProviderNpi, String billingProviderNpi,
            List<Diagnosis> documentedDiagnoses, List<Procedure> documentedProcedures, List<String> diagnosisCodes,
            List<Line> lines, List<String> issues, String finalizedBy, Instant finalizedAt, String contentVersion) {
    }

    public record Diagnosis(int sequence, String description, String code) {
    }

    public record Procedure(int lineNumber, String description, String code, List<String> modifiers, int units,
            List<Integer> diagnosisSequences) {
    }

    public record Line(int lineNumber, String procedureCode, List<String> modifiers, int units,
            List<Integer> diagnosisPointers) {
    }

    public static Summary summary(CodingWorkItem item) {
        return new Summary(item.encounterId, item.status.name(), item.dateOfService, item.payerId,
                List.copyOf(item.issues), copy(item.diagnosisCodes), lines(item));
    }

    public static Detail detail(CodingWorkItem item) {
        return new Detail(item.encounterId, item.status.name(), item.source, item.dateOfService, item.payerId,
                item.facilityId, item.placeOfService, item.renderingProviderNpi, item.billingProviderNpi,
                item.documentedDiagnoses.stream().map(WorkItemViews::diagnosis).toList(),
                item.documentedProcedures.stream().map(WorkItemViews::procedure).toList(),
                copy(item.diagnosisCodes), lines(item), List.copyOf(item.issues), item.finalizedBy, item.finalizedAt,
                item.contentVersion);
    }

    private static Diagnosis diagnosis(ProviderDiagnosis d) {
        return new Diagnosis(d.sequence, d.description, d.documentedCode);
    }

    private static Procedure procedure(ProviderProcedure p) {
        return new Procedure(p.lineNumber, p.description, p.documentedCode, List.copyOf(p.documentedModifiers),
                p.units, List.copyOf(p.diagnosisSequences));
    }

    private static List<Line> lines(CodingWorkItem item) {
        return item.lines.stream().map(WorkItemViews::line).toList();
    }

    private static Line line(CodingLine l) {
        return new Line(l.lineNumber, l.procedureCode, List.copyOf(l.modifiers), l.units,
                List.copyOf(l.diagnosisPointers));
    }

    /** Diagnosis codes may hold nulls (no code yet), which List.copyOf rejects. */
    private static List<String> copy(List<String> codes) {
        return codes.stream().toList();
    }
}
