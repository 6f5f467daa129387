package io.revcycle.claims.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.claims.domain.ChargemasterEntry;
import io.revcycle.claims.service.ChargemasterService;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

@Path("/chargemaster")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chargemaster", description = "The price list claim lines are priced from")
public class ChargemasterResource {

    private final ChargemasterService chargemaster;

    public ChargemasterResource(ChargemasterService chargemaster) {
        this.chargemaster = chargemaster;
    }

    @GET
    @Operation(summary = "All chargemaster prices by code and effective date")
    @RolesAllowed({ Roles.BILLER, Roles.BILLING_MANAGER })
    public List<ChargemasterEntryView> list() {
        return ChargemasterEntry.listAllOrdered().stream().map(ChargemasterEntryView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a price from a date on; claims held for a missing price of the code are re-evaluated")
    @RolesAllowed(Roles.BILLING_MANAGER)
    public Response add(ChargemasterPriceRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("a price is required");
        }
        ChargemasterEntry e = chargemaster.add(new ChargemasterService.Price(request.code(), request.effectiveFrom(),
                request.description(), request.chargePerUnit(), request.revenueCode()));
        return Response.created(URI.create("/chargemaster/" + e.code + "/" + e.effectiveFrom))
                .entity(ChargemasterEntryView.of(e)).build();
    }

    @PUT
    @Path("/{code}/{effectiveFrom}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a price; claims held for a missing price of the code are re-evaluated")
    @RolesAllowed(Roles.BILLING_MANAGER)
    public ChargemasterEntryView change(@PathParam("code") String code,
            @PathParam("effectiveFrom") String effectiveFrom, ChargemasterPriceRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("a price is required");
        }
        LocalDate from;
        try {
            from = LocalDate.parse(effectiveFrom);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("effectiveFrom must be a date (yyyy-MM-dd), not '" + effectiveFrom + "'");
        }
        return ChargemasterEntryView.of(chargemaster.change(new ChargemasterService.Price(code, from,
                request.description(), request.chargePerUnit(), request.revenueCode())));
    }
}
