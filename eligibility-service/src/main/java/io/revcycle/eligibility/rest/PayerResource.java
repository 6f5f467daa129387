package io.revcycle.eligibility.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.Audited;
import io.revcycle.eligibility.service.PayerDirectory;
import io.revcycle.eligibility.service.PutPayerCommand;
import io.revcycle.security.CurrentUser;
import io.revcycle.security.Roles;

@Path("/payers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payer directory", description = "Payers, how each is reached, and the settings later stages use")
@Audited(resource = "payer")
public class PayerResource {

    private final PayerDirectory directory;
    private final CurrentUser user;

    public PayerResource(PayerDirectory directory, CurrentUser user) {
        this.directory = directory;
        this.user = user;
    }

    @GET
    @Operation(summary = "Every payer of the directory, by id")
    @RolesAllowed({ Roles.REGISTRATION, Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public List<PayerResponse> list() {
        return directory.all().stream().map(PayerResponse::from).toList();
    }

    @GET
    @Path("/{payerId}")
    @Operation(summary = "One payer")
    @RolesAllowed({ Roles.REGISTRATION, Roles.BILLER, Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public PayerResponse get(@PathParam("payerId") String payerId) {
        return PayerResponse.from(directory.get(payerId));
    }

    @PUT
    @Path("/{payerId}")
    @Operation(summary = "Add a payer (201) or replace its entry (200)")
    @RolesAllowed(Roles.BILLING_MANAGER)
    public Response put(@PathParam("payerId") @Pattern(regexp = "[A-Za-z0-9._-]{1,100}",
            message = "must be 1..100 letters, digits, '.', '_' or '-'") String payerId,
            @Valid @NotNull PayerRequest r) {
        boolean created = directory.put(new PutPayerCommand(payerId, r.name(), r.interchangeId(), r.gatewayRoute(),
                r.realTimeEligibility(), r.claimFilingIndicator(), r.timelyFilingDays(), r.appealWindowDays(),
                r.followUpDays(), r.acknowledgeOnly(), user.name()));
        return Response.status(created ? 201 : 200).entity(PayerResponse.from(directory.get(payerId))).build();
    }
}
