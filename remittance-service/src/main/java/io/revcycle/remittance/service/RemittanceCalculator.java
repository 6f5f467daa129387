package io.revcycle.remittance.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.revcycle.remittance.domain.Outcome;
import io.revcycle.messaging.PermanentEventException;

/**
 * Validates a remittance and computes its adjudication. Pure: the same remittance always gives the same result,
 * whichever order it and its claim arrived in.
 */
public final class RemittanceCalculator {

    /** The CAS groups of 005010 and CR (corrections and reversals) of earlier versions. */
    static final Set<String> GROUP_CODES = Set.of("CO", "PR", "OA", "PI", "CR");
    static final String DENIED_CLAIM_STATUS = "4";
    private static final String PR = "PR";
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private RemittanceCalculator() {
    }

    /** With the shipped denial rules deciding which adjustments are contractual (see the other overload). */
    public static Adjudication adjudicate(PostRemittanceCommand r) {
        return adjudicate(r, ContractualAdjustments.SHIPPED.of(r.payerId()));
    }

    /** A primary's remittance (see the last overload). */
    public static Adjudication adjudicate(PostRemittanceCommand r,
            Predicate<PostRemittanceCommand.Adjustment> contractual) {
        return adjudicate(r, contractual, false);
    }

    /**
     * OA-23 on the remittance of a claim sent after another payer: what the payers before settled (CARC 23, the impact
     * of prior payers' adjudication), not money this payer denied. A secondary line paid 0.00 because the primary
     * left nothing is paid in full, not denied. On a primary's remittance it stays a denial (the payer names a prior
     * payer the provider did not bill).
     */
    public static boolean priorPayersShare(String groupCode, String reasonCode, boolean afterAnotherPayer) {
        return afterAnotherPayer && "OA".equals(groupCode) && "23".equals(reasonCode);
    }

    /**
     * Throws {@link PermanentEventException} when the remittance is malformed or a line does not balance.
     * {@code contractual} tells the adjustments counted as contractual: every CO adjustment the denial rules call
     * CONTRACTUAL (CO-45, and e.g. CO-253 sequestration or CO-59 multiple procedures), so none is left undistributed;
     * the denied amount is what a denied line was adjusted for neither patient share nor contract (nor, after another
     * payer, the payers before: {@link #priorPayersShare}).
     */
    public static Adjudication adjudicate(PostRemittanceCommand r,
            Predicate<PostRemittanceCommand.Adjustment> contractual, boolean afterAnotherPayer) {
        validate(r);
        Set<Integer> denied = new HashSet<>();
        BigDecimal allowed = ZERO;
        BigDecimal paid = ZERO;
        BigDecimal deniedAmount = ZERO;
        // each adjustment counts once: PR as patient, a contractual reason as contractual, the rest of a denied
        // line as denied (a CO-45 or a PR-1 on a denied line is not denied money as well)
        Predicate<PostRemittanceCommand.Adjustment> denial = a -> !PR.equals(a.groupCode()) && !contractual.test(a)
                && !priorPayersShare(a.groupCode(), a.reasonCode(), afterAnotherPayer);
        for (PostRemittanceCommand.Line line : r.lines()) {
            allowed = allowed.add(line.allowed());
            paid = paid.add(line.paid());
            if (isDenied(line, denial)) {
                denied.add(line.lineNumber());
                deniedAmount = deniedAmount.add(sum(line.adjustments(), denial));
            }
        }
        // claim-level CAS (loop 2100) counts in the claim's totals like line-level CAS
        List<PostRemittanceCommand.Adjustment> all = new ArrayList<>(r.claimAdjustments());
        r.lines().forEach(l -> all.addAll(l.adjustments()));
        BigDecimal patient = sum(all, a -> PR.equals(a.groupCode()));
        BigDecimal contractualAmount = sum(all, contractual);
        // CLP04: claim-level adjustments (e.g. OA-23) come off the lines' payments
        if (r.claimPaid() != null) {
            paid = r.claimPaid();
        }
        return new Adjudication(outcome(r, denied), allowed, paid, patient, contractualAmount, deniedAmount,
                sum(all, patientReason("1")), sum(all, patientReason("2")), sum(all, patientReason("3")),
                Set.copyOf(denied), sum(all, a -> true));
    }

    private static Predicate<PostRemittanceCommand.Adjustment> patientReason(String carc) {
        return a -> PR.equals(a.groupCode()) && carc.equals(a.reasonCode());
    }

    /**
     * A line is denied when the payer allowed nothing and adjusted it for another reason than patient share or
     * contract (a line written off by contract alone is not a denial).
     */
    static boolean isDenied(PostRemittanceCommand.Line line, Predicate<PostRemittanceCommand.Adjustment> denial) {
        return line.allowed().signum() == 0 && line.adjustments().stream().anyMatch(denial);
    }

    private static Outcome outcome(PostRemittanceCommand r, Set<Integer> denied) {
        if (DENIED_CLAIM_STATUS.equals(r.claimStatusCode()) || denied.size() == r.lines().size()) {
            return Outcome.DENIED;
        }
        return denied.isEmpty() ? Outcome.PAID : Outcome.PARTIALLY_DENIED;
    }

    private static void validate(PostRemittanceCommand r) {
        if (r.claimId() == null || r.claimId().isBlank()) {
            throw new PermanentEventException("remittance has no claimId");
        }
        if (r.lines().isEmpty()) {
            throw new PermanentEventException("remittance for claim " + r.claimId() + " has no lines");
        }
        for (PostRemittanceCommand.Adjustment a : r.claimAdjustments()) {
            if (!GROUP_CODES.contains(a.groupCode())) {
                throw new PermanentEventException("remittance for claim " + r.claimId()
                        + " has unknown claim adjustment group code '" + a.groupCode() + "'");
            }
        }
        Set<Integer> numbers = new HashSet<>();
        for (PostRemittanceCommand.Line line : r.lines()) {
            if (!numbers.add(line.lineNumber())) {
                throw new PermanentEventException("remittance for claim " + r.claimId() + " repeats line "
                        + line.lineNumber());
            }
            for (PostRemittanceCommand.Adjustment a : line.adjustments()) {
                if (!GROUP_CODES.contains(a.groupCode())) {
                    throw new PermanentEventException("remittance for claim " + r.claimId() + " line "
                            + line.lineNumber() + " has unknown adjustment group code '" + a.groupCode() + "'");
                }
            }
            BigDecimal adjusted = sum(line.adjustments(), a -> true);
            if (line.charge().compareTo(line.paid().add(adjusted)) != 0) {
                throw new PermanentEventException("unbalanced remittance for claim " + r.claimId() + ": line "
                        + line.lineNumber() + " charge " + line.charge() + " != paid " + line.paid()
                        + " + adjustments " + adjusted);
            }
        }
    }

    private static BigDecimal sum(List<PostRemittanceCommand.Adjustment> adjustments,
            Predicate<PostRemittanceCommand.Adjustment> which) {
        return adjustments.stream().filter(which).map(PostRemittanceCommand.Adjustment::amount)
                .reduce(ZERO, BigDecimal::add);
    }
}
