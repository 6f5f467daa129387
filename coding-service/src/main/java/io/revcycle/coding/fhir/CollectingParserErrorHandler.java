package io.revcycle.coding.fhir;

import java.util.List;

import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;

/**
 * Keeps parsing and collects what the JSON parser found wrong (a bad date, a string where a number belongs), so one
 * answer lists every problem. Unknown elements are not problems: an EHR may send more than coding reads.
 */
final class CollectingParserErrorHandler implements IParserErrorHandler {

    private final List<BundleProblem> problems;

    CollectingParserErrorHandler(List<BundleProblem> problems) {
        this.problems = problems;
    }

    @Override
    public void invalidValue(IParseLocation location, String value, String error) {
        // the value itself may be PHI (a birth date): the message names the element only
        problems.add(new BundleProblem(where(location), "invalid value: " + error.replace(value == null ? "" : value, "…")));
    }

    @Override
    public void incorrectJsonType(IParseLocation location, String elementName, ValueType expected,
            ScalarType expectedScalar, ValueType found, ScalarType foundScalar) {
        problems.add(new BundleProblem(where(location) + "." + elementName,
                "expected a JSON " + (expectedScalar != null ? expectedScalar : expected) + ", found "
                        + (foundScalar != null ? foundScalar : found)));
    }

    @Override
    public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
        problems.add(new BundleProblem(where(location) + "." + elementName, "must not repeat"));
    }

    @Override
    public void containedResourceWithNoId(IParseLocation location) {
        problems.add(new BundleProblem(where(location), "a contained resource needs an id"));
    }

    @Override
    public void missingRequiredElement(IParseLocation location, String elementName) {
        problems.add(new BundleProblem(where(location) + "." + elementName, "is required"));
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
        problems.add(new BundleProblem(where(location), "an extension has either a value or nested extensions"));
    }

    @Override
    public void unknownAttribute(IParseLocation location, String attributeName) {
    }

    @Override
    public void unknownElement(IParseLocation location, String elementName) {
    }

    @Override
    public void unknownReference(IParseLocation location, String reference) {
    }

    @Override
    public void invalidInternalReference(IParseLocation location, String reference) {
        problems.add(new BundleProblem(where(location), "reference " + reference + " does not resolve"));
    }

    private static String where(IParseLocation location) {
        return location == null || location.getParentElementName() == null ? "Bundle"
                : "Bundle(" + location.getParentElementName() + ")";
    }
}
