package io.revcycle.x12.claim;

/** A REF: qualifier (REF01, e.g. "EI" tax id, "G1" prior authorization, "F8" payer claim control number) and value. */
public record Reference(String qualifier, String value) {
}
