package io.revcycle.payersim.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.payersim.domain.ReceivedClaim;
import io.revcycle.payersim.domain.ReceivedClaimLine;
import io.revcycle.x12.claim.Adjustment;
import io.revcycle.x12.claim.LineAdjudication;
import io.revcycle.x12.claim.Line;

/**
 * A claim sent to this payer after another (SBR01 S or T, the payer before it in 2320 and its line adjudications in
 * 2430): per line this payer pays what it would have paid as the only payer, but never more than the patient still
 * owes after the payer before it (that payer's PR adjustments on the line). The 835 line then balances as: paid +
 * OA-23 (the impact of the prior payer's adjudication: the charge less what it left to the patient) + the PR the
 * patient still owes, each of the prior payer's PR reasons reduced in its order by this payer's payment. CLP02 is 2
 * (processed as secondary) or 3 (tertiary). A line without a prior adjudication keeps its own adjudication.
 */
@ApplicationScoped
public class PriorPayerAdjudication {

    private static final String PATIENT = "PR";

    /** True for a claim this payer receives after another payer adjudicated it. */
    public static boolean afterAnotherPayer(SubmittedClaim c) {
        String sequence = c.subscriber().payerResponsibility();
        return sequence != null && !"P".equals(sequence) && !c.claim().otherSubscribers().isEmpty();
    }

    /** Caps the lines {@link BenefitAdjudicator} adjudicated by what the payer before left to the patient. */
    public void apply(ReceivedClaim claim, List<ReceivedClaimLine> lines, SubmittedClaim c) {
        Map<Integer, Line> byNumber = new HashMap<>();
        c.claim().lines().forEach(l -> byNumber.putIfAbsent(l.number(), l));
        BigDecimal paidTotal = BenefitAdjudicator.ZERO;
        BigDecimal patientTotal = BenefitAdjudicator.ZERO;
        for (ReceivedClaimLine line : lines) {
            Line sent = byNumber.get(line.lineNumber);
            List<Adjustment> owed = sent == null ? List.of()
                    : sent.adjudications().stream().map(LineAdjudication::adjustments).flatMap(List::stream)
                            .filter(a -> PATIENT.equals(a.group())).toList();
            if (sent == null || sent.adjudications().isEmpty()) {
                paidTotal = paidTotal.add(line.paidAmount);
                patientTotal = patientTotal.add(patientShare(line.adjustments));
                continue;
            }
            BigDecimal left = owed.stream().map(Adjustment::amount).reduce(BenefitAdjudicator.ZERO, BigDecimal::add);
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

    private static BigDecimal patientShare(String entries) {
        BigDecimal total = BenefitAdjudicator.ZERO;
        if (entries == null || entries.isBlank()) {
            return total;
        }
        for (String e : entries.split(";")) {
            if (e.startsWith(PATIENT + "-")) {
                total = total.add(new BigDecimal(e.substring(e.indexOf('=') + 1)));
            }
        }
        return total;
    }
}
