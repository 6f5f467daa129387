package io.revcycle.remittance.service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import io.revcycle.denials.DenialCategory;
import io.revcycle.denials.DenialClassifier;
import io.revcycle.denials.DenialToClassify;

/**
 * Which CAS adjustments are contractual: group CO with a reason the denial rules classify as CONTRACTUAL for the
 * payer (CO-45, CO-253, CO-59, CO-24, retired CO-42 in the shipped rules; a payer's own rules count). Rules are data,
 * so the posting and the classification of denials agree on what is not a denial.
 */
public record ContractualAdjustments(DenialClassifier rules) {

    static final ContractualAdjustments SHIPPED = new ContractualAdjustments(DenialClassifier.shipped());

    private static final String CO = "CO";

    /** The test for one payer's adjustments (the date only matters to deadlines, not to the category). */
    public Predicate<PostRemittanceCommand.Adjustment> of(String payerId) {
        return a -> contractual(payerId, a.groupCode(), a.reasonCode());
    }

    /** Whether this payer's adjustment (group, CARC) is contractual, i.e. not a denial. */
    public boolean contractual(String payerId, String groupCode, String reasonCode) {
        return CO.equals(groupCode) && rules.classify(new DenialToClassify(payerId, CO, reasonCode, List.of(),
                LocalDate.EPOCH)).category() == DenialCategory.CONTRACTUAL;
    }
}
