package io.revcycle.denials;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Applies a rule set to denials. Pure and thread-safe: the same denial and rules always give the same answer. */
public final class DenialClassifier {

    private final DenialRules rules;

    public DenialClassifier(DenialRules rules) {
        this.rules = rules;
    }

    public static DenialClassifier shipped() {
        return new DenialClassifier(DenialRules.shipped());
    }

    public DenialRules rules() {
        return rules;
    }

    public DenialClassification classify(DenialToClassify denial) {
        DenialRules.Rule rule = rules.match(denial);
        DenialCategory category = rule == null ? DenialCategory.UNCLASSIFIED : rule.category();
        DenialRules.CategoryDefaults defaults = rules.defaults(category);
        Department department = rule != null && rule.department() != null ? rule.department() : defaults.department();
        boolean avoidable = rule != null && rule.avoidable() != null ? rule.avoidable() : defaults.avoidable();
        String nextAction = rule != null && rule.nextAction() != null ? rule.nextAction() : defaults.nextAction();
        return new DenialClassification(category, department, avoidable,
                denial.remittanceDate().plusDays(appealWindowDays(denial)), nextAction,
                rule == null ? null : rule.id(), rules.version());
    }

    /** The payer directory's window when the caller knows it, else the rules' (per payer, then default). */
    private int appealWindowDays(DenialToClassify denial) {
        return denial.appealWindowDays() != null ? denial.appealWindowDays()
                : rules.appealWindowDays(denial.payerId());
    }

    /**
     * The classification that speaks for a claim with several denied lines: the largest denied amount's, a real
     * denial before a contractual one.
     */
    public static <T> T primary(List<T> lines, Function<T, DenialClassification> classification,
            Function<T, BigDecimal> amount) {
        return lines.stream()
                .max(Comparator.<T, Boolean>comparing(l -> classification.apply(l).isDenial())
                        .thenComparing(amount))
                .orElseThrow(() -> new IllegalArgumentException("no denied lines"));
    }
}
