package io.revcycle.coding.fhir;

/** One thing wrong with a posted bundle: where (a FHIRPath expression into the Bundle) and what. */
public record BundleProblem(String expression, String message) {
}
