package io.revcycle.payersim.service;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.payersim.domain.Member;
import io.revcycle.payersim.domain.Payer;
import io.revcycle.payersim.domain.ReceivedClaim;

/**
 * The payer's front-end edits of a claim from an accepted transaction set, in the order a clearinghouse applies them:
 * right payer, billing NPI, already accepted, member known, member covered on the dates of service.
 */
@ApplicationScoped
public class ClaimReview {

    public ClaimDecision review(SubmittedClaim claim, String interchangeReceiverId) {
        Optional<Payer> payer = Optional.ofNullable(claim.payerId()).map(id -> Payer.<Payer>findById(id))
                .or(() -> Payer.byIsaId(interchangeReceiverId));
        if (payer.isEmpty()) {
            return ClaimDecision.wrongPayer();
        }
        Payer p = payer.get();
        if (claim.billingNpi().filter(npi -> npi.matches("\\d{10}")).isEmpty()) {
            return ClaimDecision.missingNpi(p);
        }
        Optional<ReceivedClaim> earlier = ReceivedClaim.acceptedBefore(p.payerId, claim.patientControlNumber());
        if (earlier.isPresent()) {
            return ClaimDecision.alreadyAccepted(p, earlier.get());
        }
        Optional<Member> member = Optional.ofNullable(claim.memberId()).flatMap(id -> Member.of(p.payerId, id));
        if (member.isEmpty()) {
            return ClaimDecision.memberNotFound(p);
        }
        LocalDate[] period = claim.servicePeriod();
        if (period[0] == null || !member.get().coveredOn(period[0]) || !member.get().coveredOn(period[1])) {
            return ClaimDecision.notCovered(p, member.get());
        }
        return ClaimDecision.accept(p, member.get());
    }
}
