package io.revcycle.coding.fhir;

import java.util.List;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import ca.uhn.fhir.context.FhirContext;

/** FHIR answers of the intake: OperationOutcomes for what went wrong, encoded as FHIR JSON. */
public final class OperationOutcomes {

    public static final String FHIR_JSON = "application/fhir+json";
    private static final FhirContext R4 = FhirContext.forR4Cached();

    private OperationOutcomes() {
    }

    /** One issue per problem: severity error, code invalid, the FHIRPath in expression, the message in diagnostics. */
    public static OperationOutcome invalid(List<BundleProblem> problems) {
        OperationOutcome outcome = new OperationOutcome();
        for (BundleProblem p : problems) {
            outcome.addIssue().setSeverity(IssueSeverity.ERROR).setCode(IssueType.INVALID)
                    .setDiagnostics(p.message()).addExpression(p.expression());
        }
        return outcome;
    }

    public static OperationOutcome single(IssueSeverity severity, IssueType type, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(severity).setCode(type).setDiagnostics(diagnostics);
        return outcome;
    }

    public static String json(org.hl7.fhir.instance.model.api.IBaseResource resource) {
        return R4.newJsonParser().encodeResourceToString(resource);
    }
}
