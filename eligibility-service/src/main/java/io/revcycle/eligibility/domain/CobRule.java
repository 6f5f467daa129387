package io.revcycle.eligibility.domain;

import java.util.Optional;

/**
 * The rule that put a coverage where it is in the order of benefits (NAIC coordination-of-benefits model rules and
 * CMS Medicare Secondary Payer rules, in the order they are applied).
 */
public enum CobRule {
    /** The patient has one active coverage. */
    ONLY_COVERAGE,
    /** Registration declared the priority (e.g. HL7 IN1-22 COB priority); declared coverages come first. */
    DECLARED_AT_REGISTRATION,
    /** Medicaid pays last, after every other coverage (payer of last resort). */
    MEDICAID_LAST,
    /** Medicare is secondary to a group health plan from current employment, employer of 20 or more (MSP type 12). */
    MSP_WORKING_AGED,
    /** Medicare is secondary to a group health plan in the ESRD 30-month coordination period (MSP type 13). */
    MSP_ESRD,
    /** Medicare is secondary to a large group health plan, employer of 100 or more, disabled under 65 (MSP type 43). */
    MSP_DISABLED_LARGE_GROUP,
    /** The MSP answers on file make Medicare primary. */
    MEDICARE_PRIMARY,
    /** No MSP answers on file: Medicare is taken as primary until registration records them. */
    MEDICARE_PRIMARY_MSP_NOT_ANSWERED,
    /** The plan that covers the patient as the subscriber pays before one that covers them as a spouse or child. */
    SUBSCRIBER_BEFORE_DEPENDENT,
    /** A child on both parents' plans: the parent whose birthday (month and day) falls first in the year pays first. */
    BIRTHDAY_RULE,
    /** The coverage in force longer pays first. */
    LONGER_COVERAGE;

    /** The X12 insurance type code (SBR05) a Medicare claim carries when this rule made Medicare secondary. */
    public Optional<String> mspInsuranceType() {
        return switch (this) {
            case MSP_WORKING_AGED -> Optional.of("12");
            case MSP_ESRD -> Optional.of("13");
            case MSP_DISABLED_LARGE_GROUP -> Optional.of("43");
            default -> Optional.empty();
        };
    }
}
