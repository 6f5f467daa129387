package io.revcycle.x12.eligibility;

import java.util.Optional;

/** EB01 eligibility or benefit information codes of 005010X279A1 (a closed list). */
public enum EligibilityInfoCode {
    ACTIVE_COVERAGE("1"), ACTIVE_FULL_RISK_CAPITATION("2"), ACTIVE_SERVICES_CAPITATED("3"),
    ACTIVE_SERVICES_CAPITATED_TO_PCP("4"), ACTIVE_PENDING_INVESTIGATION("5"), INACTIVE("6"),
    INACTIVE_PENDING_ELIGIBILITY_UPDATE("7"), INACTIVE_PENDING_INVESTIGATION("8"), CO_INSURANCE("A"),
    CO_PAYMENT("B"), DEDUCTIBLE("C"), COVERAGE_BASIS("CB"), BENEFIT_DESCRIPTION("D"), EXCLUSIONS("E"),
    LIMITATIONS("F"), OUT_OF_POCKET("G"), UNLIMITED("H"), NON_COVERED("I"), COST_CONTAINMENT("J"), RESERVE("K"),
    PRIMARY_CARE_PROVIDER("L"), PRE_EXISTING_CONDITION("M"), MANAGED_CARE_COORDINATOR("MC"), SERVICES_RESTRICTED("N"),
    NOT_DEEMED_MEDICAL_NECESSITY("O"), BENEFIT_DISCLAIMER("P"), SECOND_SURGICAL_OPINION_REQUIRED("Q"),
    OTHER_OR_ADDITIONAL_PAYOR("R"), PRIOR_YEAR_HISTORY("S"), CARD_REPORTED_LOST_STOLEN("T"),
    CONTACT_FOLLOWING_ENTITY("U"), CANNOT_PROCESS("V"), OTHER_SOURCE_OF_DATA("W"), HEALTH_CARE_FACILITY("X"),
    SPEND_DOWN("Y");

    private final String code;

    EligibilityInfoCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<EligibilityInfoCode> fromCode(String code) {
        for (EligibilityInfoCode c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
