package io.revcycle.payersim.service;

import static java.math.RoundingMode.HALF_UP;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.events.Adjustment;
import io.revcycle.events.ClaimLine;
import io.revcycle.events.ClaimSubmitted;
import io.revcycle.events.RemittanceLine;
import io.revcycle.events.RemittanceReceived;

/**
 * Adjudicates a claim the way a commercial payer's 835 reads: allowed = charge x contract percent (CO-45 for the
 * rest); the patient's share is the remaining deductible (PR-1), then one copay per claim (PR-3), then coinsurance on
 * what is left (PR-2); denied lines are adjusted in full with the rule's group and CARC. Every line balances:
 * charge = paid + adjustments.
 */
@ApplicationScoped
public class ClaimAdjudicator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final ContractTerms terms;

    public ClaimAdjudicator(ContractTerms terms) {
        this.terms = terms;
    }

    public RemittanceReceived adjudicate(ClaimSubmitted claim) {
        BigDecimal percent = terms.allowedPercent(claim.getPayerId());
        BigDecimal deductibleLeft = claim.getBenefits().getDeductibleRemaining();
        BigDecimal copayLeft = claim.getBenefits().getCopay();
        BigDecimal coinsurance = claim.getBenefits().getCoinsurancePercent();

        List<RemittanceLine> lines = new ArrayList<>();
        BigDecimal paid = ZERO;
        BigDecimal patient = ZERO;
        int denied = 0;
        for (ClaimLine line : claim.getLines()) {
            List<Adjustment> adjustments = new ArrayList<>();
            var denial = terms.denial(claim.getPayerId(), line.getProcedureCode());
            BigDecimal allowed;
            BigDecimal linePaid;
            List<String> remarks = List.of();
            if (denial.isPresent()) {
                denied++;
                allowed = ZERO;
                linePaid = ZERO;
                remarks = denial.get().remarkCodes();
                adjustments.add(adjustment(denial.get().groupCode(), denial.get().reasonCode(), line.getCharge()));
            } else {
                allowed = line.getCharge().multiply(percent).divide(HUNDRED, 2, HALF_UP);
                BigDecimal deductible = allowed.min(deductibleLeft);
                deductibleLeft = deductibleLeft.subtract(deductible);
                BigDecimal afterDeductible = allowed.subtract(deductible);
                BigDecimal copay = afterDeductible.min(copayLeft);
                copayLeft = copayLeft.subtract(copay);
                BigDecimal afterCopay = afterDeductible.subtract(copay);
                BigDecimal coins = afterCopay.multiply(coinsurance).divide(HUNDRED, 2, HALF_UP);
                linePaid = afterCopay.subtract(coins);
                addIfPositive(adjustments, "CO", "45", line.getCharge().subtract(allowed));
                addIfPositive(adjustments, "PR", "1", deductible);
                addIfPositive(adjustments, "PR", "3", copay);
                addIfPositive(adjustments, "PR", "2", coins);
                patient = patient.add(deductible).add(copay).add(coins);
            }
            paid = paid.add(linePaid);
            lines.add(RemittanceLine.newBuilder().setLineNumber(line.getLineNumber())
                    .setProcedureCode(line.getProcedureCode()).setCharge(line.getCharge()).setAllowed(allowed)
                    .setPaid(linePaid).setAdjustments(adjustments).setRemarkCodes(remarks).build());
        }
        boolean wholeClaimDenied = denied == claim.getLines().size();
        return RemittanceReceived.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(Instant.now())
                .setClaimId(claim.getClaimId())
                .setEncounterId(claim.getEncounterId())
                .setPayerId(claim.getPayerId())
                .setPayerClaimControlNumber("PCN-" + claim.getClaimId())
                .setClaimStatusCode(wholeClaimDenied ? "4" : "1")
                .setTotalCharge(claim.getTotalCharge())
                .setPaidAmount(paid)
                .setPatientResponsibility(patient)
                .setLines(lines)
                .build();
    }

    private static void addIfPositive(List<Adjustment> adjustments, String group, String carc, BigDecimal amount) {
        if (amount.signum() > 0) {
            adjustments.add(adjustment(group, carc, amount));
        }
    }

    private static Adjustment adjustment(String group, String carc, BigDecimal amount) {
        return Adjustment.newBuilder().setGroupCode(group).setReasonCode(carc).setAmount(amount.setScale(2)).build();
    }
}
