package io.revcycle.coding.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.coding.content.ContentSnapshot;
import io.revcycle.coding.content.ContentSnapshots;
import io.revcycle.coding.domain.CodingWorkItem;
import io.revcycle.coding.domain.IcdProcedure;
import io.revcycle.coding.edits.ClaimToCheck;
import io.revcycle.coding.edits.EditsEngine;
import io.revcycle.coding.edits.Finding;

/** Runs the edits engine on a work item's current codes against the current content snapshot. */
@ApplicationScoped
public class CodeEdits {

    /** The findings and the content version they were checked against. */
    public record Result(List<Finding> findings, String contentVersion) {
        public boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }

    private final ContentSnapshots snapshots;

    public CodeEdits(ContentSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    public Result check(CodingWorkItem item) {
        ContentSnapshot content = snapshots.current();
        List<ClaimToCheck.IcdProcedure> icdProcedures = new ArrayList<>();
        for (int i = 0; i < item.icdProcedures.size(); i++) {
            IcdProcedure p = item.icdProcedures.get(i);
            icdProcedures.add(new ClaimToCheck.IcdProcedure(i + 1, p.code, p.performedDate));
        }
        ClaimToCheck claim = new ClaimToCheck(item.dateOfService, item.patientSex, item.patientAge,
                item.placeOfService, item.diagnosisCodes,
                item.lines.stream().map(l -> new ClaimToCheck.Line(l.lineNumber, l.procedureCode, l.modifiers, l.units,
                        l.diagnosisPointers)).toList(), icdProcedures, item.isInpatient(),
                item.isInpatient() ? item.diagnosisPoa : List.of());
        return new Result(EditsEngine.check(claim, content), content.version());
    }
}
