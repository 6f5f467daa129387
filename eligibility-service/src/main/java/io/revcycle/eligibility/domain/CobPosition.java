package io.revcycle.eligibility.domain;

/** One coverage in a patient's order of benefits, the rule that placed it, and its SBR01 code. */
public record CobPosition(int position, PayerResponsibility responsibility, Coverage coverage, CobRule rule) {
}
