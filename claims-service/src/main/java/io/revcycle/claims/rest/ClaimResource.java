package io.revcycle.claims.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.AuditContext;
import io.revcycle.audit.Audited;
import io.revcycle.claims.config.ClaimsConfig;
import io.revcycle.claims.domain.ClaimStatus;
import io.revcycle.claims.domain.ClaimTimelineEntry;
import io.revcycle.claims.service.ClaimCorrection;
import io.revcycle.claims.service.CorrectionService;
import io.revcycle.claims.service.NextPayerClaimService;
import io.revcycle.claims.service.ClaimQueries;
import io.revcycle.rest.Paging;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.CurrentUser;
import io.revcycle.security.Roles;

@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Claims built from coded, eligibility-checked encounters")
@Audited(resource = ClaimResource.CLAIM, patient = "patientId")
public class ClaimResource {

    static final String CLAIM = "claim";


    private final ClaimQueries queries;
    private final ClaimsConfig config;
    private final CorrectionService corrections;
    private final CurrentUser currentUser;
    private final AuditContext audit;
    private final NextPayerClaimService nextPayers;

    public ClaimResource(ClaimQueries queries, ClaimsConfig config, CorrectionService corrections,
            CurrentUser currentUser, AuditContext audit, NextPayerClaimService nextPayers) {
        this.audit = audit;
        this.nextPayers = nextPayers;
        this.queries = queries;
        this.config = config;
        this.corrections = corrections;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "List claims, optionally by status and encounter: newest first, or (sort=deadline, the default "
            + "for HELD, READY and REJECTED) nearest filing deadline first, then the largest charge; each row with "
            + "its filing deadline and days left")
    @RolesAllowed({ Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public ClaimPageResponse list(@QueryParam("status") String status, @QueryParam("encounterId") String encounterId,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size, config.defaultPageSize(), config.maxPageSize());
        int p = paging.page();
        int s = paging.size();
        var byStatus = QueryParams.enumValue("status", status, ClaimStatus.class);
        var order = QueryParams.enumValue("sort", sort, ClaimQueries.ClaimOrder.class)
                .orElse(ClaimQueries.ClaimOrder.defaultFor(byStatus));
        var result = queries.list(byStatus, QueryParams.text(encounterId), order, p, s);
        return new ClaimPageResponse(result.claims().stream().map(c -> ClaimListItem.of(c,
                result.timelyFilingDays().get(c.payerId), result.today())).toList(), p, s, result.total());
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Claim counts by status and money totals; per next payer (S, T) its legs by state, paid and "
            + "patient responsibility left")
    @RolesAllowed({ Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public ClaimsSummaryResponse summary() {
        return ClaimsSummaryResponse.of(queries.totalsByStatus(), queries.nextPayerTotals());
    }

    @GET
    @Path("/{claimId}")
    @Operation(summary = "One claim with its priced lines, hold reason and outcome amounts")
    @RolesAllowed({ Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public ClaimView get(@PathParam("claimId") String claimId) {
        return queries.get(claimId).map(ClaimView::of)
                .orElseThrow(() -> ProblemException.notFound("claim", claimId));
    }

    @GET
    @Path("/{claimId}/timeline")
    @Operation(summary = "Every transition of the claim with its cause, oldest first")
    @RolesAllowed({ Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public List<ClaimTimelineView> timeline(@PathParam("claimId") String claimId) {
        // the timeline carries no patient id: the claim names it for the audit row
        audit.patient(queries.get(claimId).orElseThrow(() -> ProblemException.notFound("claim", claimId)).patientId);
        return ClaimTimelineEntry.of(claimId).stream().map(ClaimTimelineView::of).toList();
    }

    @PATCH
    @Path("/{claimId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct member id, subscriber demographics or diagnosis codes of a REJECTED or HELD claim; "
            + "with leg=S or T the member id and subscriber name of the claim sent to that next payer (REJECTED or "
            + "NOT_SENT)")
    @RolesAllowed(Roles.BILLER)
    public ClaimView correct(@PathParam("claimId") String claimId, @QueryParam("leg") String leg,
            ClaimCorrection correction) {
        if (nextPayerLeg(leg)) {
            nextPayers.correct(claimId, leg, correction);
        } else {
            corrections.correct(claimId, correction);
        }
        return get(claimId);
    }

    @POST
    @Path("/{claimId}/resend")
    @Operation(summary = "Re-scrub a corrected REJECTED claim: READY for the next 837 batch, or rejected again; with "
            + "leg=S or T send the corrected claim of that next payer again (its 837 with the payer before's "
            + "adjudication)")
    @RolesAllowed(Roles.BILLER)
    @Audited(resource = CLAIM, patient = "patientId", operation = true)
    public ClaimView resend(@PathParam("claimId") String claimId, @QueryParam("leg") String leg) {
        if (nextPayerLeg(leg)) {
            nextPayers.resend(claimId, leg);
        } else {
            corrections.resend(claimId);
        }
        return get(claimId);
    }

    /** leg: absent or P is the claim itself; S or T a next payer's claim; anything else is a 400. */
    private static boolean nextPayerLeg(String leg) {
        if (leg == null || leg.isBlank() || "P".equals(leg)) {
            return false;
        }
        if (!"S".equals(leg) && !"T".equals(leg)) {
            throw ProblemException.badRequest("leg must be P, S or T");
        }
        return true;
    }

    @POST
    @Path("/{claimId}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Release a HELD claim by hand with a reason: re-priced and scrubbed (409 while unpriced)")
    @RolesAllowed(Roles.BILLER)
    @Audited(resource = CLAIM, patient = "patientId", operation = true)
    public ClaimView release(@PathParam("claimId") String claimId, ReleaseRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("a release needs a reason");
        }
        corrections.release(claimId, request.reason(), currentUser.name());
        return get(claimId);
    }
}
