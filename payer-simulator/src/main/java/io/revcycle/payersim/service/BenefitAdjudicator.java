package io.revcycle.payersim.service;

import static java.math.RoundingMode.HALF_UP;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.payersim.domain.Accumulator;
import io.revcycle.payersim.domain.DenialRule;
import io.revcycle.payersim.domain.FeeSchedule;
import io.revcycle.payersim.domain.Member;
import io.revcycle.payersim.domain.Payer;
import io.revcycle.payersim.domain.Plan;
import io.revcycle.payersim.domain.ReceivedClaim;
import io.revcycle.payersim.domain.ReceivedClaimLine;

/**
 * Adjudicates an accepted claim from the payer's own terms, the way a commercial payer's 835 reads. Per line, in line
 * order: a denial rule for the code denies the line in full (its group and CARC, remark as LQ*HE); otherwise allowed =
 * the fee schedule amount x units (never above the charge), else charge x the payer's percent, half-up to cents, and
 * the rest is CO-45. The member's share comes from the plan and the plan year's accumulator: remaining deductible
 * (PR-1), then one copay per claim (PR-3), then coinsurance (PR-2), all capped by what is left of the out-of-pocket
 * maximum; the payer pays the rest. Every line balances: charge = paid + adjustments. The accumulator row is locked
 * for the transaction, so a member's next claim only takes what is left of the deductible; what the claim adds to it
 * comes back as an {@link AccumulatorCredit} the caller posts (a claim after another payer credits less).
 */
@ApplicationScoped
public class BenefitAdjudicator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    static final BigDecimal ZERO = new BigDecimal("0.00");

    /** What an adjudication adds to the member's accumulator, posted by {@link #post()} once the claim is final. */
    public record AccumulatorCredit(Accumulator accumulator, BigDecimal deductible, BigDecimal outOfPocket) {

        /** The same deductible, but only this much toward the out-of-pocket maximum. */
        public AccumulatorCredit withOutOfPocket(BigDecimal amount) {
            return new AccumulatorCredit(accumulator, deductible, amount);
        }

        public void post() {
            accumulator.deductibleMet = accumulator.deductibleMet.add(deductible);
            accumulator.outOfPocketMet = accumulator.outOfPocketMet.add(outOfPocket);
        }
    }

    public AccumulatorCredit adjudicate(ReceivedClaim claim, List<ReceivedClaimLine> lines, Payer payer,
            Member member) {
        Plan plan = Plan.findById(member.planId);
        Accumulator acc = Accumulator.locked(payer.payerId, member.memberId, plan.planId, claim.serviceFrom.getYear());
        BigDecimal deductibleLeft = nonNegative(plan.annualDeductible.subtract(acc.deductibleMet));
        BigDecimal outOfPocketLeft = nonNegative(plan.outOfPocketMax.subtract(acc.outOfPocketMet));
        BigDecimal copayLeft = plan.copay;
        BigDecimal deductibleTaken = ZERO;
        BigDecimal patientTotal = ZERO;
        BigDecimal paidTotal = ZERO;
        BigDecimal allowedTotal = ZERO;
        int denied = 0;
        for (ReceivedClaimLine line : lines) {
            List<String> adjustments = new ArrayList<>();
            Optional<DenialRule> denial = Optional.ofNullable(line.contractCode())
                    .flatMap(code -> DenialRule.of(payer.payerId, code));
            if (denial.isPresent()) {
                denied++;
                line.allowedAmount = ZERO;
                line.paidAmount = ZERO;
                line.remarkCode = denial.get().remarkCode;
                adjustments.add(entry(denial.get().groupCode, denial.get().reasonCode, line.charge));
            } else {
                BigDecimal allowed = allowed(payer, line);
                BigDecimal deductible = min(allowed, deductibleLeft, outOfPocketLeft);
                deductibleLeft = deductibleLeft.subtract(deductible);
                outOfPocketLeft = outOfPocketLeft.subtract(deductible);
                BigDecimal afterDeductible = allowed.subtract(deductible);
                BigDecimal copay = min(afterDeductible, copayLeft, outOfPocketLeft);
                copayLeft = copayLeft.subtract(copay);
                outOfPocketLeft = outOfPocketLeft.subtract(copay);
                BigDecimal afterCopay = afterDeductible.subtract(copay);
                BigDecimal coinsurance = afterCopay.multiply(plan.coinsurancePercent).divide(HUNDRED, 2, HALF_UP)
                        .min(outOfPocketLeft);
                outOfPocketLeft = outOfPocketLeft.subtract(coinsurance);
                line.allowedAmount = allowed;
                line.paidAmount = afterCopay.subtract(coinsurance);
                addIfPositive(adjustments, "CO", "45", line.charge.subtract(allowed));
                addIfPositive(adjustments, "PR", "1", deductible);
                addIfPositive(adjustments, "PR", "3", copay);
                addIfPositive(adjustments, "PR", "2", coinsurance);
                deductibleTaken = deductibleTaken.add(deductible);
                patientTotal = patientTotal.add(deductible).add(copay).add(coinsurance);
            }
            line.adjustments = String.join(";", adjustments);
            paidTotal = paidTotal.add(line.paidAmount);
            allowedTotal = allowedTotal.add(line.allowedAmount);
        }
        claim.claimStatusCode = denied == lines.size() ? "4" : "1";
        claim.claimFilingIndicator = plan.claimFilingIndicator;
        claim.allowedAmount = allowedTotal;
        claim.paidAmount = paidTotal;
        claim.patientResponsibility = patientTotal;
        return new AccumulatorCredit(acc, deductibleTaken, patientTotal);
    }

    private static BigDecimal allowed(Payer payer, ReceivedClaimLine line) {
        Optional<FeeSchedule> fee = Optional.ofNullable(line.contractCode())
                .flatMap(code -> FeeSchedule.of(payer.payerId, code));
        if (fee.isPresent()) {
            BigDecimal units = line.units == null || line.units.signum() <= 0 ? BigDecimal.ONE : line.units;
            return fee.get().allowedAmount.multiply(units).setScale(2, HALF_UP).min(line.charge);
        }
        return line.charge.multiply(payer.allowedPercent).divide(HUNDRED, 2, HALF_UP);
    }

    private static BigDecimal min(BigDecimal a, BigDecimal b, BigDecimal c) {
        return a.min(b).min(c);
    }

    private static BigDecimal nonNegative(BigDecimal v) {
        return v.signum() < 0 ? ZERO : v.setScale(2);
    }

    private static void addIfPositive(List<String> adjustments, String group, String carc, BigDecimal amount) {
        if (amount.signum() > 0) {
            adjustments.add(entry(group, carc, amount));
        }
    }

    static String entry(String group, String carc, BigDecimal amount) {
        return group + "-" + carc + "=" + amount.setScale(2).toPlainString();
    }
}
