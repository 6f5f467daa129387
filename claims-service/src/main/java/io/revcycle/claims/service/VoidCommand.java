package io.revcycle.claims.service;

import java.util.List;

import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.DenialAction;
import io.revcycle.claims.domain.DenialItem;

/** Void the claim at the payer (837 frequency 8): the payer takes back what it adjudicated; the claim's denials end. */
public record VoidCommand(String reason) implements DenialCommand<Claim> {

    public VoidCommand {
        reason = DenialCommand.required(reason, "reason", 500);
    }

    @Override
    public Claim execute(DenialWorkService.Action work) {
        Claim claim = work.resubmittable("voided");
        claim.frequencyCode = Claim.VOID;
        List<DenialItem> open = work.unresolvedOfClaim(claim);
        work.resolve(open, "VOIDED");
        work.record(claim, open, DenialAction.VOIDED, Claim.VOID, "voided (frequency 8) of payer claim "
                + claim.payerClaimControlNumber + ": " + reason);
        work.evaluation().evaluate(claim, ClaimEvaluation.Coverage.ACTIVE, "void claim after denial");
        return claim;
    }
}
