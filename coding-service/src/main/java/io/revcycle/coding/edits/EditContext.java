package io.revcycle.coding.edits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.revcycle.coding.content.CodeFormats;
import io.revcycle.coding.content.CodeRow;
import io.revcycle.coding.content.ContentKind;
import io.revcycle.coding.content.ContentSnapshot;
import io.revcycle.coding.edits.ClaimToCheck.Line;

/**
 * One claim being checked: every code is looked up once in the snapshot (on the date of service) and the rules
 * read the results, so rules stay small and the engine fast.
 */
public final class EditContext {

    public enum DxStatus { MISSING, MALFORMED, UNKNOWN, NOT_IN_FORCE, IN_FORCE }

    public enum LineKind { MISSING, MALFORMED, CPT, HCPCS }

    /** A diagnosis at its 1-based position; {@code row} is set when IN_FORCE. */
    public record Dx(int position, String code, DxStatus status, CodeRow row, List<CodeRow> history) {
    }

    /** A procedure line; {@code row} is the CPT/HCPCS row in force, if any. */
    public record ResolvedLine(Line line, LineKind kind, CodeRow row, List<CodeRow> history) {
        public String code() {
            return line.procedureCode();
        }

        public int number() {
            return line.lineNumber();
        }
    }

    private final ClaimToCheck claim;
    private final ContentSnapshot content;
    private final List<Dx> diagnoses;
    private final List<ResolvedLine> lines;
    private final List<Finding> findings = new ArrayList<>();

    public EditContext(ClaimToCheck claim, ContentSnapshot content) {
        this.claim = claim;
        this.content = content;
        LocalDate dos = claim.dateOfService();
        List<Dx> dx = new ArrayList<>(claim.diagnosisCodes().size());
        for (int i = 0; i < claim.diagnosisCodes().size(); i++) {
            dx.add(resolveDiagnosis(i + 1, claim.diagnosisCodes().get(i), dos));
        }
        this.diagnoses = dx;
        List<ResolvedLine> resolved = new ArrayList<>(claim.lines().size());
        for (Line line : claim.lines()) {
            resolved.add(resolveLine(line, dos));
        }
        this.lines = resolved;
    }

    private Dx resolveDiagnosis(int position, String code, LocalDate dos) {
        if (code == null || code.isBlank()) {
            return new Dx(position, code, DxStatus.MISSING, null, List.of());
        }
        if (!CodeFormats.ICD_10_CM.matcher(code).matches()) {
            return new Dx(position, code, DxStatus.MALFORMED, null, List.of());
        }
        List<CodeRow> history = content.history(ContentKind.ICD10CM, code);
        if (history.isEmpty()) {
            return new Dx(position, code, DxStatus.UNKNOWN, null, history);
        }
        return content.code(ContentKind.ICD10CM, code, dos)
                .map(row -> new Dx(position, code, DxStatus.IN_FORCE, row, history))
                .orElseGet(() -> new Dx(position, code, DxStatus.NOT_IN_FORCE, null, history));
    }

    private ResolvedLine resolveLine(Line line, LocalDate dos) {
        String code = line.procedureCode();
        if (code == null || code.isBlank()) {
            return new ResolvedLine(line, LineKind.MISSING, null, List.of());
        }
        ContentKind system;
        LineKind kind;
        if (CodeFormats.CPT.matcher(code).matches()) {
            system = ContentKind.CPT;
            kind = LineKind.CPT;
        } else if (CodeFormats.HCPCS.matcher(code).matches()) {
            system = ContentKind.HCPCS;
            kind = LineKind.HCPCS;
        } else {
            return new ResolvedLine(line, LineKind.MALFORMED, null, List.of());
        }
        return new ResolvedLine(line, kind, content.code(system, code, dos).orElse(null),
                content.history(system, code));
    }

    public ClaimToCheck claim() {
        return claim;
    }

    public LocalDate dateOfService() {
        return claim.dateOfService();
    }

    public ContentSnapshot content() {
        return content;
    }

    public List<Dx> diagnoses() {
        return diagnoses;
    }

    public List<ResolvedLine> lines() {
        return lines;
    }

    public void report(String ruleId, Severity severity, String message, List<String> codes, List<Integer> lines) {
        Finding finding = Finding.of(ruleId, severity, message, codes, lines, content.version());
        String id = finding.id();
        for (int n = 2; idTaken(id); n++) {
            id = finding.id() + "#" + n; // e.g. two uncoded diagnoses: ids stay unique for overrides
        }
        findings.add(id.equals(finding.id()) ? finding : new Finding(id, ruleId, severity, message, finding.codes(),
                finding.lineNumbers(), finding.contentVersion()));
    }

    private boolean idTaken(String id) {
        for (Finding f : findings) {
            if (f.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    List<Finding> findings() {
        return findings;
    }
}
