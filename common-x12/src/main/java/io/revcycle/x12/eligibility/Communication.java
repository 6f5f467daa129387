package io.revcycle.x12.eligibility;

/** One communication number of a PER segment: qualifier (TE telephone, EM e-mail, FX fax, UR URL, ED EDI) and number. */
public record Communication(String qualifier, String number) {
}
