package io.revcycle.coding.edits;

import java.util.List;

import io.revcycle.coding.content.ContentSnapshot;
import io.revcycle.coding.edits.rules.AgeConflict;
import io.revcycle.coding.edits.rules.CptFormat;
import io.revcycle.coding.edits.rules.CptUnknown;
import io.revcycle.coding.edits.rules.DiagnosisDuplicate;
import io.revcycle.coding.edits.rules.DiagnosisLimit;
import io.revcycle.coding.edits.rules.DiagnosisMissing;
import io.revcycle.coding.edits.rules.DuplicateLine;
import io.revcycle.coding.edits.rules.HcpcsUnknown;
import io.revcycle.coding.edits.rules.IcdExpired;
import io.revcycle.coding.edits.rules.IcdFormat;
import io.revcycle.coding.edits.rules.IcdHeader;
import io.revcycle.coding.edits.rules.IcdPcsCodes;
import io.revcycle.coding.edits.rules.IcdUnknown;
import io.revcycle.coding.edits.rules.LineLimits;
import io.revcycle.coding.edits.rules.LineNoCode;
import io.revcycle.coding.edits.rules.LineNoPointer;
import io.revcycle.coding.edits.rules.ManifestationFirst;
import io.revcycle.coding.edits.rules.ModifierUnknown;
import io.revcycle.coding.edits.rules.MueUnits;
import io.revcycle.coding.edits.rules.NcciPtp;
import io.revcycle.coding.edits.rules.PointerRange;
import io.revcycle.coding.edits.rules.PosUnknown;
import io.revcycle.coding.edits.rules.PresentOnAdmission;
import io.revcycle.coding.edits.rules.PrincipalUnacceptable;
import io.revcycle.coding.edits.rules.SexConflict;

/**
 * Checks an encounter's codes against the content in force on its date of service. Plain Java over an in-memory
 * snapshot: no I/O, thread-safe, the same answer for the same claim and content. Findings come in rule order.
 */
public final class EditsEngine {

    public static final List<EditRule> RULES = List.of(
            new DiagnosisMissing(), new IcdFormat(), new IcdUnknown(), new IcdExpired(), new IcdHeader(),
            new DiagnosisDuplicate(), new DiagnosisLimit(), new ManifestationFirst(), new PrincipalUnacceptable(),
            new PresentOnAdmission(), new SexConflict(),
            new AgeConflict(), new PosUnknown(), new LineNoCode(), new CptFormat(), new CptUnknown(),
            new HcpcsUnknown(), new ModifierUnknown(), new LineLimits(), new LineNoPointer(), new PointerRange(),
            new DuplicateLine(), new NcciPtp(), new MueUnits(), new IcdPcsCodes());

    private EditsEngine() {
    }

    public static List<Finding> check(ClaimToCheck claim, ContentSnapshot content) {
        EditContext context = new EditContext(claim, content);
        for (EditRule rule : RULES) {
            rule.check(context);
        }
        return List.copyOf(context.findings());
    }
}
