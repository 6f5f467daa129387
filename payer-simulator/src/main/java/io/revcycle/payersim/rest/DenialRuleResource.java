package io.revcycle.payersim.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
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

import io.revcycle.payersim.domain.DenialRule;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

/** Procedures a payer denies in full: CAS group, CARC and an optional RARC (sent as LQ*HE). */
@Path("/denial-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "denial rules")
public class DenialRuleResource {

    public record DenialRequest(@NotBlank String payerId,
            @NotBlank @Pattern(regexp = "[A-Z0-9]{4,5}") String procedureCode,
            @NotBlank @Pattern(regexp = "CO|PR|OA|PI") String groupCode,
            @NotBlank @Pattern(regexp = "[A-Z0-9]{1,5}") String reasonCode,
            @Pattern(regexp = "[A-Z0-9]{2,5}") String remarkCode) {
    }

    @GET
    @RolesAllowed(Roles.INTEGRATION)
    public List<DenialRule> list(@QueryParam("payerId") String payerId) {
        return payerId == null ? DenialRule.list("order by payerId, procedureCode")
                : DenialRule.list("payerId = ?1 order by procedureCode", payerId);
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.INTEGRATION)
    public Response create(@Valid @NotNull DenialRequest request) {
        if (DenialRule.of(request.payerId(), request.procedureCode()).isPresent()) {
            throw ProblemException.conflict("payer " + request.payerId() + " has a denial rule for "
                    + request.procedureCode() + "; PUT changes it");
        }
        return Response.status(201).entity(save(request)).build();
    }

    @PUT
    @Path("{payerId}/{procedureCode}")
    @Transactional
    @RolesAllowed(Roles.INTEGRATION)
    public DenialRule update(@PathParam("payerId") String payerId, @PathParam("procedureCode") String code,
            @Valid @NotNull DenialRequest request) {
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
        DenialRule d = DenialRule.of(payerId, code)
                .orElseThrow(() -> ProblemException.notFound("denial rule", payerId + "/" + code));
        d.delete();
        return Response.noContent().build();
    }

    private static DenialRule save(DenialRequest r) {
        PayerResource.find(r.payerId());
        DenialRule d = DenialRule.of(r.payerId(), r.procedureCode()).orElseGet(DenialRule::new);
        d.payerId = r.payerId();
        d.procedureCode = r.procedureCode();
        d.groupCode = r.groupCode();
        d.reasonCode = r.reasonCode();
        d.remarkCode = r.remarkCode();
        if (d.id == null) {
            d.persist();
        }
        return d;
    }
}
