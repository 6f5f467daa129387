package io.revcycle.eligibility.domain;

/** Why the patient is entitled to Medicare, as asked by the MSP questionnaire. */
public enum MspEntitlement {
    AGE, DISABILITY, ESRD
}
