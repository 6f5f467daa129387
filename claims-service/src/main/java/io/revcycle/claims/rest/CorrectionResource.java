package io.revcycle.claims.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.claims.domain.CorrectionItem;
import io.revcycle.claims.service.CorrectionService;
import io.revcycle.security.Roles;

@Path("/corrections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Corrections", description = "Claims rejected by the scrubber, a 999 or a 277CA, waiting for a biller")
public class CorrectionResource {

    private final CorrectionService corrections;
    private final Clock clock;

    public CorrectionResource(CorrectionService corrections, Clock clock) {
        this.corrections = corrections;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The correction queue, nearest filing deadline first (date of service + the payer's timely "
            + "filing days; unknown windows last), then the oldest, with the days left; optionally by status (OPEN, "
            + "RESOLVED) and claim")
    @RolesAllowed({ Roles.BILLER, Roles.BILLING_MANAGER })
    public List<CorrectionItemView> queue(@QueryParam("status") String status, @QueryParam("claimId") String claimId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return corrections.queue(QueryParams.enumValue("status", status, CorrectionItem.Status.class),
                QueryParams.text(claimId)).stream().map(q -> CorrectionItemView.of(q, today)).toList();
    }
}
