package io.revcycle.remittance.service;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import io.revcycle.remittance.domain.Outcome;

/**
 * Validates a remittance and computes its adjudication. Pure: the same remittance always gives the same result,
 * whichever order it and its claim arrived in.
 */
public final class RemittanceCalculator {

    static final Set<String> GROUP_CODES = Set.of("CO", "PR", "OA", "PI");
    static final String DENIED_CLAIM_STATUS = "4";
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private RemittanceCalculator() {
    }

    /** Throws {@link InvalidEventException} when the remittance is malformed or a line does not balance. */
    public static Adjudication adjudicate(PostRemittanceCommand r) {
        validate(r);
        Set<Integer> denied = new HashSet<>();
        BigDecimal allowed = ZERO;
        BigDecimal paid = ZERO;
        BigDecimal patient = ZERO;
        BigDecimal contractual = ZERO;
        BigDecimal deniedAmount = ZERO;
        for (PostRemittanceCommand.Line line : r.lines()) {
            allowed = allowed.add(line.allowed());
            paid = paid.add(line.paid());
            patient = patient.add(sum(line, a -> "PR".equals(a.groupCode())));
            contractual = contractual.add(sum(line, a -> "CO".equals(a.groupCode()) && "45".equals(a.reasonCode())));
            if (isDenied(line)) {
                denied.add(line.lineNumber());
                deniedAmount = deniedAmount.add(sum(line, a -> true));
            }
        }
        return new Adjudication(outcome(r, denied), allowed, paid, patient, contractual, deniedAmount, Set.copyOf(denied));
    }

    /** A line is denied when the payer allowed nothing and adjusted it for another reason than patient share. */
    static boolean isDenied(PostRemittanceCommand.Line line) {
        return line.allowed().signum() == 0
                && line.adjustments().stream().anyMatch(a -> !"PR".equals(a.groupCode()));
    }

    private static Outcome outcome(PostRemittanceCommand r, Set<Integer> denied) {
        if (DENIED_CLAIM_STATUS.equals(r.claimStatusCode()) || denied.size() == r.lines().size()) {
            return Outcome.DENIED;
        }
        return denied.isEmpty() ? Outcome.PAID : Outcome.PARTIALLY_DENIED;
    }

    private static void validate(PostRemittanceCommand r) {
        if (r.claimId() == null || r.claimId().isBlank()) {
            throw new InvalidEventException("remittance has no claimId");
        }
        if (r.lines().isEmpty()) {
            throw new InvalidEventException("remittance for claim " + r.claimId() + " has no lines");
        }
        Set<Integer> numbers = new HashSet<>();
        for (PostRemittanceCommand.Line line : r.lines()) {
            if (!numbers.add(line.lineNumber())) {
                throw new InvalidEventException("remittance for claim " + r.claimId() + " repeats line "
                        + line.lineNumber());
            }
            for (PostRemittanceCommand.Adjustment a : line.adjustments()) {
                if (!GROUP_CODES.contains(a.groupCode())) {
                    throw new InvalidEventException("remittance for claim " + r.claimId() + " line "
                            + line.lineNumber() + " has unknown adjustment group code '" + a.groupCode() + "'");
                }
            }
            BigDecimal adjusted = sum(line, a -> true);
            if (line.charge().compareTo(line.paid().add(adjusted)) != 0) {
                throw new InvalidEventException("unbalanced remittance for claim " + r.claimId() + ": line "
                        + line.lineNumber() + " charge " + line.charge() + " != paid " + line.paid()
                        + " + adjustments " + adjusted);
            }
        }
    }

    private static BigDecimal sum(PostRemittanceCommand.Line line, Predicate<PostRemittanceCommand.Adjustment> which) {
        return line.adjustments().stream().filter(which).map(PostRemittanceCommand.Adjustment::amount)
                .reduce(ZERO, BigDecimal::add);
    }
}
