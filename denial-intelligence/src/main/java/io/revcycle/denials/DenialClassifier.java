package io.revcycle.denials;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Applies a rule set to denials. Pure and thread-safe: the same denial and rules always give the same answer. */
public final class DenialClassifier {

    private final DenialRules rules;
    private final CodeList carc;
    private final CodeList rarc;

    /** The rules with the shipped CARC and RARC lists (for the code flags). */
    public DenialClassifier(DenialRules rules) {
        this(rules, CodeList.shippedCarc(), CodeList.shippedRarc());
    }

    public DenialClassifier(DenialRules rules, CodeList carc, CodeList rarc) {
        this.rules = rules;
        this.carc = carc;
        this.rarc = rarc;
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
                rule == null ? null : rule.id(), rules.version(), inactiveCodes(denial));
    }

    /** The denial's codes the lists know that were not in use on the remittance date (unknown codes: no flag). */
    private List<String> inactiveCodes(DenialToClassify denial) {
        List<String> flags = new ArrayList<>();
        flag(carc, denial.reasonCode(), denial.remittanceDate(), flags);
        denial.remarkCodes().forEach(code -> flag(rarc, code, denial.remittanceDate(), flags));
        return flags;
    }

    private static void flag(CodeList list, String code, LocalDate on, List<String> flags) {
        list.find(code).filter(e -> !e.activeOn(on)).ifPresent(e -> flags.add(list.kind() + " " + e.code()
                + (on.isBefore(e.start()) ? " starts " + e.start() : " stopped " + e.stop())));
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
