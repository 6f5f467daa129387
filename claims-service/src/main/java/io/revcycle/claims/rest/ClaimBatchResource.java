package io.revcycle.claims.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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

import io.revcycle.claims.config.ClaimsConfig;
import io.revcycle.claims.service.ClaimBatchQueries;
import io.revcycle.rest.Paging;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

@Path("/claim-batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claim batches", description = "The 837 batches sent, with their claims' 999 and 277CA acknowledgments")
public class ClaimBatchResource {

    private final ClaimBatchQueries batches;
    private final ClaimsConfig config;

    public ClaimBatchResource(ClaimBatchQueries batches, ClaimsConfig config) {
        this.batches = batches;
        this.config = config;
    }

    @GET
    @Operation(summary = "837 batches sent, newest first, each with its claims counted by acknowledgment (awaiting, "
            + "acknowledged by the 999, accepted by the 277CA, rejected by the 999 or the 277CA) and their total "
            + "charge; optionally by status (SENT, ACKNOWLEDGED, ACCEPTED, PARTIALLY_REJECTED, REJECTED), payer and "
            + "sent date range (from, to: inclusive UTC dates)")
    @RolesAllowed({ Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public ClaimBatchView.Page list(@QueryParam("status") String status, @QueryParam("payerId") String payerId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size, config.defaultPageSize(), config.maxPageSize());
        int p = paging.page();
        int s = paging.size();
        Optional<LocalDate> fromDay = date("from", from);
        Optional<LocalDate> toDay = date("to", to);
        if (fromDay.isPresent() && toDay.isPresent() && toDay.get().isBefore(fromDay.get())) {
            throw ProblemException.badRequest("to must not be before from");
        }
        var filter = new ClaimBatchQueries.Filter(
                QueryParams.enumValue("status", status, ClaimBatchQueries.BatchStatus.class),
                QueryParams.text(payerId), fromDay.map(ClaimBatchResource::startOf),
                toDay.map(d -> startOf(d.plusDays(1))));
        var result = batches.list(filter, p, s);
        return new ClaimBatchView.Page(result.batches().stream().map(ClaimBatchView::of).toList(), p, s,
                result.total());
    }

    @GET
    @Path("/{batchId}")
    @Operation(summary = "One batch with each of its claims: its acknowledgment in this batch (with the rejection's "
            + "codes and words) and its status now")
    @RolesAllowed({ Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public ClaimBatchView.Detail get(@PathParam("batchId") String batchId) {
        long id;
        try {
            id = Long.parseLong(batchId);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("claim batch", batchId);
        }
        return batches.get(id).map(ClaimBatchView.Detail::of)
                .orElseThrow(() -> ProblemException.notFound("claim batch", batchId));
    }

    private static Optional<LocalDate> date(String name, String value) {
        try {
            return QueryParams.text(value).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be a date (yyyy-mm-dd), not '" + value + "'");
        }
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
