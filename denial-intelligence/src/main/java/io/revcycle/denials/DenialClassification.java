package io.revcycle.denials;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rules say about a denial: its category, whether a better front end would have prevented it, who owns it,
 * by when it must be appealed (the remittance date plus the payer's appeal window) and what to do next. ruleId names
 * the rule that matched (null when none did), rulesVersion the rule set. inactiveCodes flags the CARC and RARC codes
 * not in use on the remittance date (stopped before it, or not yet started: X12 allows neither in a new 835), e.g.
 * "CARC 46 stopped 2003-10-16"; a historic remittance from before a code's stop date is not flagged. The denial is
 * classified either way.
 */
public record DenialClassification(DenialCategory category, Department department, boolean avoidable,
        LocalDate appealDeadline, String nextAction, String ruleId, String rulesVersion, List<String> inactiveCodes) {

    public DenialClassification {
        inactiveCodes = inactiveCodes == null ? List.of() : List.copyOf(inactiveCodes);
    }

    /** Without code flags. */
    public DenialClassification(DenialCategory category, Department department, boolean avoidable,
            LocalDate appealDeadline, String nextAction, String ruleId, String rulesVersion) {
        this(category, department, avoidable, appealDeadline, nextAction, ruleId, rulesVersion, List.of());
    }

    public boolean isDenial() {
        return category.isDenial();
    }
}
