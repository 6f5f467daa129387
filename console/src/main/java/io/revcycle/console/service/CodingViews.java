package io.revcycle.console.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The parts of coding-service's JSON the coding screens show (its WorkItemViews and QueryView), read leniently: a
 * field coding-service adds later does not break the console. No patient names, birth dates or member ids.
 */
public final class CodingViews {

    private CodingViews() {
    }

    public record Assign(String coder) {
    }

    /** A coder's row of coding-service's productivity report. */
    public record Productivity(String coder, long items, BigDecimal hours, BigDecimal itemsPerHour,
            List<ProductivityByType> byEncounterType, long overrides, long auditedItems, long codesAgreed,
            long codesDisagreed, BigDecimal auditAgreementRate) {
    }

    public record ProductivityByType(String encounterType, long items, BigDecimal hours, BigDecimal itemsPerHour) {
    }

    public record WorkItemSummary(String encounterId, String status, String encounterType, String facilityId,
            String specialty, LocalDate dateOfService, String payerId, BigDecimal expectedCharge, String assignedTo,
            List<String> issues, List<Finding> findings) {
    }

    public record QueueCount(String facilityId, String encounterType, String specialty, String ageBucket, long open,
            long unassigned, long oldestDays, BigDecimal expectedCharge, long denialReviews, BigDecimal deniedAmount) {
    }

    public record WorkItem(String encounterId, String status, String source, LocalDate dateOfService, String payerId,
            String facilityId, String placeOfService, String renderingProviderNpi, String encounterType,
            String specialty, BigDecimal expectedCharge, String noteText, List<Diagnosis> documentedDiagnoses,
            List<Procedure> documentedProcedures, List<String> diagnosisCodes, List<String> diagnosisPresentOnAdmission,
            List<Line> lines, List<String> issues, List<Finding> findings, List<OverrideView> overrides,
            String finalizedBy, Instant finalizedAt, String assignedTo, List<Query> queries) {

        public boolean open() {
            return "NEEDS_REVIEW".equals(status);
        }

        public boolean inpatient() {
            return "INPATIENT".equals(encounterType);
        }

        /** The code at a diagnosis position, empty when the position has none yet. */
        public String codeAt(int index) {
            return diagnosisCodes != null && index < diagnosisCodes.size() && diagnosisCodes.get(index) != null
                    ? diagnosisCodes.get(index) : "";
        }

        public String poaAt(int index) {
            return diagnosisPresentOnAdmission != null && index < diagnosisPresentOnAdmission.size()
                    && diagnosisPresentOnAdmission.get(index) != null ? diagnosisPresentOnAdmission.get(index) : "";
        }

        /**
         * Each diagnosis position with what the provider documented there and its current code, and one empty
         * position more for a code the provider did not list (a coder adds it; coding-service checks it).
         */
        public List<DiagnosisPosition> diagnosisPositions() {
            int documented = documentedDiagnoses == null ? 0 : documentedDiagnoses.size();
            List<DiagnosisPosition> positions = new java.util.ArrayList<>();
            for (int i = 0; i < positionCount() + (open() ? 1 : 0); i++) {
                positions.add(new DiagnosisPosition(i + 1, i < documented ? documentedDiagnoses.get(i).description() : "",
                        codeAt(i), poaAt(i)));
            }
            return positions;
        }

        /** The item's diagnosis positions: documented ones and any a coder added. */
        public int positionCount() {
            return Math.max(documentedDiagnoses == null ? 0 : documentedDiagnoses.size(),
                    diagnosisCodes == null ? 0 : diagnosisCodes.size());
        }

        public List<Finding> errors() {
            return findings == null ? List.of() : findings.stream().filter(Finding::error).toList();
        }

        public List<Finding> warnings() {
            return findings == null ? List.of() : findings.stream().filter(f -> !f.error()).toList();
        }

        public boolean hasErrors() {
            return findings != null && findings.stream().anyMatch(Finding::error);
        }
    }

    /** Pointer number (1-based, what claim lines point at), the documented text, the code and its POA. */
    public record DiagnosisPosition(int number, String documented, String code, String presentOnAdmission) {
        /** UB-04 POA indicators: Y, N, U (documentation insufficient), W (clinically undetermined), 1 (exempt). */
        public List<String> poaChoices() {
            return List.of("Y", "N", "U", "W", "1");
        }
    }

    public record Diagnosis(int sequence, String description, String code, String presentOnAdmission) {
    }

    public record Procedure(int lineNumber, String description, String code, List<String> modifiers, int units,
            List<Integer> diagnosisSequences, String codeSystem) {
    }

    public record Line(int lineNumber, String procedureCode, List<String> modifiers, int units,
            List<Integer> diagnosisPointers, String revenueCode) {

        public String modifierList() {
            return modifiers == null ? "" : String.join(",", modifiers);
        }

        public String pointerList() {
            return diagnosisPointers == null ? ""
                    : String.join(",", diagnosisPointers.stream().map(String::valueOf).toList());
        }
    }

    /** ERROR blocks finalizing; a WARNING may be overridden with a reason. */
    public record Finding(String id, String ruleId, String severity, String message, List<String> codes,
            List<Integer> lineNumbers) {

        public boolean error() {
            return "ERROR".equals(severity);
        }
    }

    public record OverrideView(String findingId, String ruleId, String message, String reason, String overriddenBy,
            Instant overriddenAt) {
    }

    public record ChartSuggestion(String source, String text, String kind, List<Candidate> candidates) {
    }

    public record Candidate(String code, String codeSystem, String description, double score, String reason) {
    }

    public record Query(String queryId, String encounterId, String templateId, String question, List<String> options,
            List<String> clinicalIndicators, String physicianNpi, String raisedBy, Instant raisedAt, long ageDays,
            String answer, String answerComment, String answeredBy, Instant answeredAt) {

        public boolean open() {
            return answeredAt == null;
        }
    }

    public record QueryTemplate(String id, String title, String question, List<String> options) {
    }

    /** PUT /worklist/{id}/codes; POA and revenue codes omitted (null) keep what the item has. */
    public record UpdateCodes(List<String> diagnosisCodes, List<LineCodes> lines,
            List<String> diagnosisPresentOnAdmission) {
    }

    public record LineCodes(int lineNumber, String procedureCode, List<String> modifiers, int units,
            List<Integer> diagnosisPointers, String revenueCode) {
    }

    public record Finalize(List<FindingOverride> overrides) {
    }

    public record FindingOverride(String findingId, String reason) {
    }

    public record RaiseQuery(String encounterId, String templateId, List<String> clinicalIndicators) {
    }

    public record Answer(String answer, String comment) {
    }
}
