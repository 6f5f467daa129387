package io.revcycle.payersim.rest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.payersim.domain.FeeSchedule;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

/** Per-payer allowed amounts by procedure (or revenue) code; other codes are allowed at the payer's percent. */
@Path("/fee-schedules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "fee schedules")
public class FeeScheduleResource {

    public record FeeRequest(@NotBlank String payerId,
            @NotBlank @Pattern(regexp = "[A-Z0-9]{4,5}") String procedureCode,
            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) BigDecimal allowedAmount) {
    }

    @GET
    @RolesAllowed(Roles.INTEGRATION)
    public List<FeeSchedule> list(@QueryParam("payerId") String payerId) {
        return payerId == null ? FeeSchedule.list("order by payerId, procedureCode")
                : FeeSchedule.list("payerId = ?1 order by procedureCode", payerId);
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.INTEGRATION)
    public Response create(@Valid @NotNull FeeRequest request) {
        if (FeeSchedule.of(request.payerId(), request.procedureCode()).isPresent()) {
            throw ProblemException.conflict("payer " + request.payerId() + " has a fee for "
                    + request.procedureCode() + "; PUT changes it");
        }
        return Response.status(201).entity(save(request)).build();
    }

    @PUT
    @Path("{payerId}/{procedureCode}")
    @Transactional
    @RolesAllowed(Roles.INTEGRATION)
    public FeeSchedule update(@PathParam("payerId") String payerId, @PathParam("procedureCode") String code,
            @Valid @NotNull FeeRequest request) {
        if (!payerId.equals(request.payerId()) || !code.equals(request.procedureCode())) {
            throw ProblemException.badRequest("payerId and procedureCode in the body differ from the path");
        }
        return save(request);
    }

    @DELETE
    @Path("{payerId}/{procedureCode}")
    @Transactional
    @RolesAllowed(Roles.INTEGRATION)
    public Response delete(@PathParam("payerId") String payerId, @PathParam("procedureCode") String code) {
        FeeSchedule f = FeeSchedule.of(payerId, code)
                .orElseThrow(() -> ProblemException.notFound("fee schedule entry", payerId + "/" + code));
        f.delete();
        return Response.noContent().build();
    }

    private static FeeSchedule save(FeeRequest r) {
        PayerResource.find(r.payerId());
        FeeSchedule f = FeeSchedule.of(r.payerId(), r.procedureCode()).orElseGet(FeeSchedule::new);
        f.payerId = r.payerId();
        f.procedureCode = r.procedureCode();
        f.allowedAmount = r.allowedAmount().setScale(2);
        if (f.id == null) {
            f.persist();
        }
        return f;
    }
}
