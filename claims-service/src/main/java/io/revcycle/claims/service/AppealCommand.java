package io.revcycle.claims.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.revcycle.claims.domain.BillingProviderEntry;
import io.revcycle.claims.domain.Claim;
import io.revcycle.claims.domain.DenialAction;
import io.revcycle.claims.domain.DenialAppeal;
import io.revcycle.claims.domain.DenialItem;
import io.revcycle.claims.domain.DenialStatus;
import io.revcycle.claims.domain.PayerEntry;
import io.revcycle.rest.ProblemException;

/**
 * Appeal the denial (every unresolved line of its DenialRaised): the appeal letter (PDF) is rendered from the claim,
 * the denial reasons, the deadline and the worker's argument and stored; the denial then waits on the payer. 409 once
 * the appeal deadline has passed.
 */
public record AppealCommand(String argument) implements DenialCommand<DenialAppeal> {

    public AppealCommand {
        argument = DenialCommand.required(argument, "argument", 4000);
    }

    @Override
    public DenialAppeal execute(DenialWorkService.Action work) {
        Claim claim = Claim.withLines(work.item().claimId).orElseThrow();
        List<DenialItem> denial = work.unresolvedOfDenial();
        LocalDate today = work.today();
        LocalDate deadline = denial.stream().map(d -> d.appealDeadline).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        if (deadline != null && today.isAfter(deadline)) {
            throw ProblemException.conflict("the appeal deadline of this denial passed on " + deadline
                    + ": write it off or ask the payer for an exception");
        }
        PayerEntry payer = work.directory().payer(claim.payerId).orElse(null);
        BillingProviderEntry provider = work.directory().provider(claim.billingProviderNpi).orElse(null);
        byte[] pdf = AppealLetterRenderer.render(new AppealLetterRenderer.Letter(today,
                payer == null ? claim.payerId : payer.name, claim.payerId,
                provider == null ? "Billing provider" : provider.name, claim.billingProviderNpi, claim.claimId,
                claim.patientControlNumber, claim.payerClaimControlNumber,
                claim.patientLastName + ", " + claim.patientFirstName, claim.memberId, claim.dateOfService,
                claim.totalCharge, denial.stream().map(DenialWorkService::deniedService).toList(), deadline,
                argument, work.by()));
        DenialAppeal appeal = new DenialAppeal();
        appeal.claimId = claim.claimId;
        appeal.denialEventId = work.item().eventId;
        appeal.argument = argument;
        appeal.appealDeadline = deadline;
        appeal.letter = pdf;
        appeal.createdBy = work.by();
        appeal.createdAt = work.now();
        appeal.persist();
        denial.forEach(d -> d.status = DenialStatus.WAITING);
        work.record(claim, denial, DenialAction.APPEALED, null, "appealed (letter " + appeal.id + ", deadline "
                + deadline + ")");
        return appeal;
    }
}
