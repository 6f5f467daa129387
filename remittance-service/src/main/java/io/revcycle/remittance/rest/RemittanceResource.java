package io.revcycle.remittance.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.Audited;
import io.revcycle.remittance.domain.Outcome;
import io.revcycle.remittance.service.RemittanceQueries;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

@Path("/remittances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Remittances", description = "835 claim payments matched to their claims and posted")
public class RemittanceResource {

    private final RemittanceQueries queries;

    public RemittanceResource(RemittanceQueries queries) {
        this.queries = queries;
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
