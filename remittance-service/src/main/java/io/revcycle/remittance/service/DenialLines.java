package io.revcycle.remittance.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.revcycle.denials.DenialClassification;
import io.revcycle.denials.DenialClassifier;
import io.revcycle.denials.DenialToClassify;
import io.revcycle.remittance.domain.CasAdjustment;
import io.revcycle.remittance.domain.PayerWindow;
import io.revcycle.remittance.domain.Remittance;
import io.revcycle.remittance.domain.RemittanceLine;

/**
 * The denied lines of a posted remittance, each with the adjustment that explains it (its largest CAS that is neither
 * PR nor contractual), its denied amount (those adjustments: what the posting counts as denied) and its
 * classification. The remark codes classified are the line's (LQ*HE) and the claim's (MOA/MIA); the appeal
 * window runs from the day the 835 was received.
 */
public final class DenialLines {

    public record DenialLine(int lineNumber, String procedureCode, String groupCode, String reasonCode,
            List<String> lineRemarkCodes, BigDecimal amount, DenialClassification classification) {
    }

    private DenialLines() {
    }

    /** A primary's remittance (see the other overload). */
    public static List<DenialLine> of(Remittance r, DenialClassifier classifier) {
        return of(r, classifier, false);
    }

    /** {@code afterAnotherPayer}: a next payer's remittance, whose OA-23 is the payers before's share, not denied. */
    public static List<DenialLine> of(Remittance r, DenialClassifier classifier, boolean afterAnotherPayer) {
        LocalDate received = LocalDate.ofInstant(r.receivedAt, ZoneOffset.UTC);
        Integer appealWindow = PayerWindow.appealWindowDays(r.payerId); // the payer directory's, when announced
        ContractualAdjustments contract = new ContractualAdjustments(classifier);
        List<DenialLine> denied = new ArrayList<>();
        for (RemittanceLine line : r.deniedLines()) {
            // the line's denied money, as the posting counts it: neither patient share nor contract
            List<? extends CasAdjustment> denials = line.adjustments.stream().filter(a -> !a.patientResponsibility()
                    && !contract.contractual(r.payerId, a.groupCode, a.reasonCode)
                    && !RemittanceCalculator.priorPayersShare(a.groupCode, a.reasonCode, afterAnotherPayer)).toList();
            Optional<? extends CasAdjustment> main = denials.stream()
                    .max(Comparator.comparing((CasAdjustment a) -> a.amount));
            if (main.isEmpty()) {
                continue;
            }
            Set<String> remarks = new LinkedHashSet<>(line.remarkCodes);
            remarks.addAll(r.claimRemarkCodes);
            DenialClassification c = withRetiredCodesOfTheLine(classifier.classify(new DenialToClassify(r.payerId,
                    main.get().groupCode, main.get().reasonCode, List.copyOf(remarks), received, appealWindow)),
                    line, r.payerId, received, classifier);
            denied.add(new DenialLine(line.lineNumber, line.procedureCode, main.get().groupCode,
                    main.get().reasonCode, List.copyOf(line.remarkCodes),
                    denials.stream().map(a -> a.amount).reduce(BigDecimal.ZERO, BigDecimal::add), c));
        }
        return denied;
    }

    /**
     * The main adjustment's classification, flagging also a retired CARC among the line's other adjustments (a
     * contractual CO-42 beside the CO-50 that denies the line is still the payer's error).
     */
    private static DenialClassification withRetiredCodesOfTheLine(DenialClassification c, RemittanceLine line,
            String payerId, LocalDate received, DenialClassifier classifier) {
        Set<String> flags = new LinkedHashSet<>(c.inactiveCodes());
        for (CasAdjustment a : line.adjustments) {
            flags.addAll(classifier.classify(new DenialToClassify(payerId, a.groupCode, a.reasonCode, List.of(),
                    received)).inactiveCodes());
        }
        return flags.size() == c.inactiveCodes().size() ? c
                : new DenialClassification(c.category(), c.department(), c.avoidable(), c.appealDeadline(),
                        c.nextAction(), c.ruleId(), c.rulesVersion(), List.copyOf(flags));
    }

    /** The line that speaks for the claim (largest real denial), if any line is denied. */
    public static Optional<DenialLine> primary(List<DenialLine> lines) {
        return lines.isEmpty() ? Optional.empty()
                : Optional.of(DenialClassifier.primary(lines, DenialLine::classification, DenialLine::amount));
    }
}
