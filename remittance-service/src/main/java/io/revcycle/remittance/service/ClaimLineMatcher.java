package io.revcycle.remittance.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.revcycle.remittance.domain.SubmittedClaim;
import io.revcycle.remittance.domain.SubmittedClaimLine;

/**
 * Turns a received CLP loop into the posting of its claim: each SVC line is matched to a claim line by REF*6R (the
 * 837 line item control number = our line number); when the payer did not echo it (or echoed one we do not know),
 * by the same procedure code, preferring the same position, else by position. Each claim line is taken at most once,
 * so line numbers never repeat.
 */
public final class ClaimLineMatcher {

    private ClaimLineMatcher() {
    }

    /**
     * @param claim null to check the payment before its claim is known: lines are then numbered by position
     */
    public static PostRemittanceCommand toCommand(ReceivedClaimPayment p, SubmittedClaim claim, UUID eventId) {
        Map<Integer, SubmittedClaimLine> claimLines = new LinkedHashMap<>();
        if (claim != null) {
            claim.lines.forEach(l -> claimLines.put(l.lineNumber, l));
        }
        List<PostRemittanceCommand.Adjustment> claimAdjustments = p.claimAdjustments();
        List<PostRemittanceCommand.Line> lines = new ArrayList<>();
        if (p.lines().isEmpty()) {
            // a CLP without SVC loops (e.g. a whole-claim denial): the claim is its one line, its CAS are the line's
            SubmittedClaimLine first = claimLines.values().stream().findFirst().orElse(null);
            lines.add(new PostRemittanceCommand.Line(first == null ? 1 : first.lineNumber,
                    first == null ? "" : first.procedureCode, null, null, p.charge(),
                    allowed(null, p.paid(), claimAdjustments), p.paid(), claimAdjustments, List.of()));
            claimAdjustments = List.of();
        } else {
            Set<Integer> taken = new HashSet<>();
            for (ReceivedClaimPayment.Line l : p.lines()) {
                SubmittedClaimLine match = match(l, claimLines, taken);
                int number = match != null ? match.lineNumber : nextFree(l.position(), claimLines, taken);
                taken.add(number);
                lines.add(new PostRemittanceCommand.Line(number, match != null ? match.procedureCode : l.procedureCode(),
                        l.lineItemControlNumber(), l.unitsPaid(), l.charge(), allowed(l.allowed(), l.paid(),
                                l.adjustments()), l.paid(), l.adjustments(), l.remarkCodes()));
            }
        }
        return new PostRemittanceCommand(eventId, claim == null ? p.patientControlNumber() : claim.claimId,
                claim == null ? "" : claim.encounterId, claim == null ? "" : claim.payerId, p.patientControlNumber(),
                p.payerClaimControlNumber() == null ? "" : p.payerClaimControlNumber(), p.claimStatusCode(), p.charge(),
                lines, claimAdjustments, p.claimRemarkCodes(), p.paid());
    }

    private static SubmittedClaimLine match(ReceivedClaimPayment.Line l, Map<Integer, SubmittedClaimLine> claimLines,
            Set<Integer> taken) {
        Integer echoed = lineNumber(l.lineItemControlNumber());
        if (echoed != null && claimLines.containsKey(echoed) && !taken.contains(echoed)) {
            return claimLines.get(echoed);
        }
        List<SubmittedClaimLine> free = claimLines.values().stream().filter(c -> !taken.contains(c.lineNumber)).toList();
        SubmittedClaimLine atPosition = l.position() <= claimLines.size()
                ? new ArrayList<>(claimLines.values()).get(l.position() - 1) : null;
        if (atPosition != null && !taken.contains(atPosition.lineNumber)
                && atPosition.procedureCode.equals(l.procedureCode())) {
            return atPosition;
        }
        for (SubmittedClaimLine c : free) {
            if (c.procedureCode.equals(l.procedureCode())) {
                return c;
            }
        }
        return atPosition != null && !taken.contains(atPosition.lineNumber) ? atPosition : null;
    }

    /** A line the claim does not have (or the claim is not known yet): its position, else past every number used. */
    private static int nextFree(int position, Map<Integer, SubmittedClaimLine> claimLines, Set<Integer> taken) {
        if (!taken.contains(position) && !claimLines.containsKey(position)) {
            return position;
        }
        int n = Math.max(claimLines.keySet().stream().mapToInt(i -> i).max().orElse(0),
                taken.stream().mapToInt(i -> i).max().orElse(0));
        return n + 1;
    }

    /** AMT*B6 when the payer sent it, else what the payer allowed = paid + the patient's share. */
    private static BigDecimal allowed(BigDecimal allowed, BigDecimal paid, List<PostRemittanceCommand.Adjustment> adj) {
        if (allowed != null) {
            return allowed;
        }
        return adj.stream().filter(a -> "PR".equals(a.groupCode())).map(PostRemittanceCommand.Adjustment::amount)
                .reduce(paid, BigDecimal::add);
    }

    private static Integer lineNumber(String lineItemControlNumber) {
        if (lineItemControlNumber == null || !lineItemControlNumber.matches("\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(lineItemControlNumber);
    }
}
