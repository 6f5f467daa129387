package io.revcycle.x12.claim;

/** CL1 (837I): admission type (CL101), admission source (CL102) and patient status (CL103). */
public record Institutional(String admissionType, String admissionSource, String patientStatus) {
}
