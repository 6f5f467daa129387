package io.revcycle.claims.service;

import java.util.List;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.DenialAction;
import io.revcycle.claims.domain.DenialItem;
import io.revcycle.claims.domain.DenialStatus;

/**
 * Correct the claim and send it again as a replacement (837 frequency 7 naming the payer's claim control number): the
 * denial waits on the payer; the claim is READY, or REJECTED if the scrub fails.
 */
public record CorrectCommand(ClaimCorrection correction) implements DenialCommand<Claim> {

    @Override
    public Claim execute(DenialWorkService.Action work) {
        Claim claim = work.resubmittable("corrected");
        List<String> changed = work.corrections().apply(claim, correction);
        claim.frequencyCode = Claim.REPLACEMENT;
        List<DenialItem> denial = work.unresolvedOfDenial();
        denial.forEach(d -> d.status = DenialStatus.WAITING);
        work.record(claim, denial, DenialAction.CORRECTED, Claim.REPLACEMENT, "corrected (" + String.join(", ",
                changed) + ") and resubmitted as a replacement claim (frequency 7) of payer claim "
                + claim.payerClaimControlNumber);
        work.evaluation().evaluate(claim, ClaimEvaluation.Coverage.ACTIVE, "replacement claim after denial");
        return claim;
    }
}
