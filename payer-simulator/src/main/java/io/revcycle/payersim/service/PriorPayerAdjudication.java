package io.revcycle.payersim.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.payersim.domain.ReceivedClaim;
import io.revcycle.payersim.domain.ReceivedClaimLine;
import io.revcycle.x12.claim.Adjustment;
import io.revcycle.x12.claim.LineAdjudication;
import io.revcycle.x12.claim.Line;
import io.revcycle.x12.claim.OtherSubscriber;

/**
 * A claim sent to this payer after another (SBR01 S or T, the payers before it in 2320 and their line adjudications
 * in 2430): per line this payer pays what it would have paid as the only payer, but never more than the patient still
 * owes after the payer just before it (with a tertiary claim: the secondary, not the primary). What the patient owes
 * on a line is that payer's PR adjustments in the line's 2430 plus a share of its claim-level PR in 2320 (an 835's
 * claim-level patient responsibility, e.g. a deductible taken at claim level), given to the lines in line order up to
 * what each line's charge leaves room for; a line without a 2430 of that payer owes only such a share. The 835 line
 * then balances as: paid + OA-23 (the impact of the prior payer's adjudication: the charge less what it left to the
 * patient) + the PR the patient still owes, each PR reason reduced in its order by this payer's payment. CLP02 is 2
 * (processed as secondary) or 3 (tertiary). When the payer before sent neither a 2430 nor a claim-level adjustment,
 * the claim keeps this payer's own adjudication (nothing says what the patient was left).
 */
@ApplicationScoped
public class PriorPayerAdjudication {

    private static final String PATIENT = "PR";
    private static final List<String> ORDER = List.of("P", "S", "T", "A", "B", "C", "D", "E", "F", "G", "H");

    /** True for a claim this payer receives after another payer adjudicated it. */
    public static boolean afterAnotherPayer(SubmittedClaim c) {
        String sequence = c.subscriber().payerResponsibility();
        return sequence != null && !"P".equals(sequence) && !c.claim().otherSubscribers().isEmpty();
    }

    /** Caps the lines {@link BenefitAdjudicator} adjudicated by what the payer before left to the patient. */
    public void apply(ReceivedClaim claim, List<ReceivedClaimLine> lines, SubmittedClaim c) {
        OtherSubscriber prior = payerBefore(c.claim().otherSubscribers());
        String priorId = prior.payer() == null || prior.payer().name() == null ? null : prior.payer().name().id();
        Map<Integer, Line> byNumber = new HashMap<>();
        c.claim().lines().forEach(l -> byNumber.putIfAbsent(l.number(), l));
        Map<ReceivedClaimLine, List<Adjustment>> owedByLine = new HashMap<>();
        boolean adjudicatedBefore = !prior.adjustments().isEmpty();
        for (ReceivedClaimLine line : lines) {
            Optional<LineAdjudication> before = Optional.ofNullable(byNumber.get(line.lineNumber))
                    .flatMap(l -> adjudicationOf(l, priorId));
            adjudicatedBefore |= before.isPresent();
            owedByLine.put(line, before.map(a -> patientShare(a.adjustments())).orElseGet(ArrayList::new));
        }
        if (!adjudicatedBefore) {
            return;
        }
        List<Adjustment> claimLevel = patientShare(prior.adjustments());
        spread(claimLevel, lines, owedByLine);
        BigDecimal paidTotal = BenefitAdjudicator.ZERO;
        BigDecimal patientTotal = BenefitAdjudicator.ZERO;
        for (ReceivedClaimLine line : lines) {
            List<Adjustment> owed = owedByLine.get(line);
            BigDecimal left = total(owed);
            BigDecimal pay = line.paidAmount.min(left).max(BenefitAdjudicator.ZERO);
            List<String> adjustments = new ArrayList<>();
            BigDecimal settledBefore = line.charge.subtract(left);
            if (settledBefore.signum() != 0) {
                adjustments.add(BenefitAdjudicator.entry("OA", "23", settledBefore));
            }
            BigDecimal toApply = pay;
            for (Adjustment a : owed) {
                BigDecimal applied = a.amount().min(toApply);
                toApply = toApply.subtract(applied);
                BigDecimal stays = a.amount().subtract(applied);
                if (stays.signum() > 0) {
                    adjustments.add(BenefitAdjudicator.entry(PATIENT, a.reason(), stays));
                    patientTotal = patientTotal.add(stays);
                }
            }
            line.paidAmount = pay.setScale(2);
            line.adjustments = String.join(";", adjustments);
            line.remarkCode = null;
            paidTotal = paidTotal.add(line.paidAmount);
        }
        claim.claimStatusCode = "T".equals(c.subscriber().payerResponsibility()) ? "3" : "2";
        claim.paidAmount = paidTotal;
        claim.patientResponsibility = patientTotal;
    }

    /** The payer just before this one: the latest in the order of benefits among the 2320 loops. */
    static OtherSubscriber payerBefore(List<OtherSubscriber> others) {
        return others.stream().max(Comparator.comparingInt(o -> {
            int i = ORDER.indexOf(o.payerResponsibility());
            return i < 0 ? -1 : i;
        })).orElseThrow();
    }

    /** The line's 2430 of that payer (SVD01 = its 2330B id); the only 2430 when the ids cannot be matched. */
    private static Optional<LineAdjudication> adjudicationOf(Line line, String payerId) {
        List<LineAdjudication> all = line.adjudications();
        Optional<LineAdjudication> match = all.stream().filter(a -> payerId != null && payerId.equals(a.payerId()))
                .findFirst();
        return match.isPresent() || all.size() != 1 ? match : Optional.of(all.get(0));
    }

    /**
     * The claim-level PR of the payer before, given to the lines in line order, each taking what its charge leaves
     * after the PR it already owes; a reason split over two lines keeps its code on both.
     */
    private static void spread(List<Adjustment> claimLevel, List<ReceivedClaimLine> lines,
            Map<ReceivedClaimLine, List<Adjustment>> owedByLine) {
        List<ReceivedClaimLine> ordered = lines.stream()
                .sorted(Comparator.comparingInt(l -> l.lineNumber)).toList();
        for (Adjustment a : claimLevel) {
            BigDecimal rest = a.amount();
            for (ReceivedClaimLine line : ordered) {
                if (rest.signum() <= 0) {
                    break;
                }
                List<Adjustment> owed = owedByLine.get(line);
                BigDecimal room = line.charge.subtract(total(owed));
                BigDecimal share = rest.min(room);
                if (share.signum() > 0) {
                    owed.add(new Adjustment(PATIENT, a.reason(), share, null));
                    rest = rest.subtract(share);
                }
            }
        }
    }

    private static List<Adjustment> patientShare(List<Adjustment> adjustments) {
        List<Adjustment> out = new ArrayList<>();
        for (Adjustment a : adjustments) {
            if (PATIENT.equals(a.group()) && a.amount() != null && a.amount().signum() > 0) {
                out.add(a);
            }
        }
        return out;
    }

    private static BigDecimal total(List<Adjustment> adjustments) {
        return adjustments.stream().map(Adjustment::amount).reduce(BenefitAdjudicator.ZERO, BigDecimal::add);
    }
}
