package io.revcycle.denials;

import java.time.LocalDate;

/**
 * What the rules say about a denial: its category, whether a better front end would have prevented it, who owns it,
 * by when it must be appealed (the remittance date plus the payer's appeal window) and what to do next. ruleId names
 * the rule that matched (null when none did), rulesVersion the rule set.
 */
public record DenialClassification(DenialCategory category, Department department, boolean avoidable,
        LocalDate appealDeadline, String nextAction, String ruleId, String rulesVersion) {

    public boolean isDenial() {
        return category.isDenial();
    }
}
