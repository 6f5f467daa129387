package io.revcycle.remittance.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.Audited;
import io.revcycle.remittance.domain.Outcome;
import io.revcycle.remittance.service.ManualMatchService;
import io.revcycle.remittance.service.ManualMatchService.MatchRefusedException;
import io.revcycle.remittance.service.MatchClaimPaymentCommand;
import io.revcycle.remittance.service.RemittanceQueries;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.CurrentUser;
import io.revcycle.security.Roles;

@Path("/remittances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Remittances", description = "835 claim payments matched to their claims and posted")
public class RemittanceResource {

    private static final int MAX_REASON = 500;

    /** Which claim an unmatched 835 claim payment belongs to, and why (kept with the payment). */
    public record MatchRequest(String claimId, String reason) {
    }

    private final RemittanceQueries queries;
    private final ManualMatchService matches;
    private final CurrentUser user;

    public RemittanceResource(RemittanceQueries queries, ManualMatchService matches, CurrentUser user) {
        this.queries = queries;
        this.matches = matches;
        this.user = user;
    }

    @GET
    @Path("/{claimId}")
    @Operation(summary = "The remittance of a claim with its lines, CAS adjustments and RARC remarks")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLER, Roles.BILLING_MANAGER })
    @Audited(resource = "remittance", patient = "patientId")
    public RemittanceResponse get(@PathParam("claimId") String claimId) {
        return queries.find(claimId).map(RemittanceResponse::from)
                .orElseThrow(() -> ProblemException.notFound("Remittance for claim", claimId));
    }

    @GET
    @Operation(summary = "Remittances, newest first, optionally with one outcome (PAID, PARTIALLY_DENIED, DENIED)")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLER, Roles.BILLING_MANAGER })
    public List<RemittanceListItem> list(@QueryParam("outcome") String outcome) {
        return queries.list(parseOutcome(outcome)).stream().map(RemittanceListItem::from).toList();
    }

    @GET
    @Path("/unmatched")
    @Operation(summary = "835 claim payments whose claim (patient control number) is not known yet, amounts kept")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public List<ClaimPaymentView> unmatched() {
        return queries.unmatched().stream().map(ClaimPaymentView::from).toList();
    }

    @POST
    @Path("/unmatched/{id}/match")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Match an unmatched 835 claim payment to a claim by hand (who from the token, why from the "
            + "body) and post it; answers the claim's remittances")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    @Audited(resource = "remittance", patient = "patientId", operation = true)
    @Transactional // the posting, its events and the audit row commit together
    public RemittanceResponse match(@PathParam("id") long id, MatchRequest request) {
        if (request == null || request.claimId() == null || request.claimId().isBlank()) {
            throw ProblemException.badRequest("claimId is required");
        }
        if (request.reason() == null || request.reason().isBlank() || request.reason().strip().length() > MAX_REASON) {
            throw ProblemException.badRequest("reason is required (1-" + MAX_REASON + " characters)");
        }
        String claimId = request.claimId().strip();
        try {
            matches.match(new MatchClaimPaymentCommand(id, claimId, user.name(), request.reason().strip()));
        } catch (MatchRefusedException e) {
            throw switch (e.reason()) {
                case PAYMENT_NOT_FOUND -> ProblemException.notFound("Claim payment", id);
                case CLAIM_NOT_FOUND -> new ProblemException(422, "Unprocessable Entity", e.getMessage());
                case ALREADY_SETTLED -> ProblemException.conflict(e.getMessage());
            };
        }
        return queries.find(claimId).map(RemittanceResponse::from)
                .orElseThrow(() -> ProblemException.conflict("claim payment " + id + " was not posted"));
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Totals of posted remittances and the claims or remittances still waiting for their match")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLER, Roles.BILLING_MANAGER })
    public RemittanceSummaryResponse summary() {
        return RemittanceSummaryResponse.from(queries.summary());
    }

    private static Optional<Outcome> parseOutcome(String outcome) {
        if (outcome == null || outcome.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Outcome.valueOf(outcome));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("outcome must be one of " + Arrays.toString(Outcome.values()));
        }
    }
}
