package io.revcycle.remittance.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.revcycle.denials.DenialClassification;
import io.revcycle.denials.DenialClassifier;
import io.revcycle.denials.DenialRules;
import io.revcycle.remittance.domain.Remittance;
import io.revcycle.remittance.domain.SubmittedClaim;

/**
 * Classifies the denied lines of past remittances with a candidate rule set beside the rules in force, so a rules
 * change is seen before it is made: counts per category and department under the candidate, and every line whose
 * classification would change. Reads only.
 */
@ApplicationScoped
public class DenialRulesDryRun {

    public record Classified(String category, String department, boolean avoidable, LocalDate appealDeadline,
            String ruleId) {

        static Classified of(DenialClassification c) {
            return new Classified(c.category().name(), c.department().name(), c.avoidable(), c.appealDeadline(),
                    c.ruleId());
        }
    }

    public record Change(String claimId, String payerId, int lineNumber, String groupCode, String reasonCode,
            List<String> remarkCodes, BigDecimal amount, Classified inForce, Classified candidate) {
    }

    public record Report(String rulesInForce, String candidateRules, int remittances, int deniedLines,
            Map<String, Long> byCategory, Map<String, Long> byDepartment, int changed, List<Change> changes) {
    }

    private final DenialClassifier inForce;

    public DenialRulesDryRun(DenialClassifier inForce) {
        this.inForce = inForce;
    }

    public DenialRules rulesInForce() {
        return inForce.rules();
    }

    /** The newest {@code limit} posted remittances with a denied line, under the candidate rules. */
    @Transactional
    public Report run(DenialRules candidateRules, int limit) {
        DenialClassifier candidate = new DenialClassifier(candidateRules);
        List<Remittance> remittances = Remittance.find("select r from Remittance r where r.postedAt is not null "
                + "and exists (select 1 from RemittanceLine l where l.remittance = r and l.denied = true) "
                + "order by r.postedAt desc, r.claimId").page(0, limit).list();
        Map<String, Long> byCategory = new TreeMap<>();
        Map<String, Long> byDepartment = new TreeMap<>();
        List<Change> changes = new ArrayList<>();
        int lines = 0;
        for (Remittance r : remittances) {
            boolean afterAnotherPayer = SubmittedClaim.<SubmittedClaim>findByIdOptional(r.claimId)
                    .map(SubmittedClaim::afterAnotherPayer).orElse(false);
            List<DenialLines.DenialLine> now = DenialLines.of(r, inForce, afterAnotherPayer);
            List<DenialLines.DenialLine> then = DenialLines.of(r, candidate, afterAnotherPayer);
            for (int i = 0; i < then.size(); i++) {
                lines++;
                DenialLines.DenialLine line = then.get(i);
                Classified before = Classified.of(now.get(i).classification());
                Classified after = Classified.of(line.classification());
                byCategory.merge(after.category(), 1L, Long::sum);
                byDepartment.merge(after.department(), 1L, Long::sum);
                if (!before.equals(after)) {
                    changes.add(new Change(r.claimId, r.payerId, line.lineNumber(), line.groupCode(),
                            line.reasonCode(), line.lineRemarkCodes(), line.amount(), before, after));
                }
            }
        }
        return new Report(inForce.rules().version(), candidateRules.version(), remittances.size(), lines, byCategory,
                byDepartment, changes.size(), changes);
    }
}
