package io.revcycle.claims.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.claims.domain.ChargemasterEntry;

@Path("/chargemaster")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chargemaster", description = "The price list claim lines are priced from")
public class ChargemasterResource {

    @GET
    @Operation(summary = "All chargemaster prices by code and effective date")
    public List<ChargemasterEntryView> list() {
        return ChargemasterEntry.listAllOrdered().stream().map(ChargemasterEntryView::of).toList();
    }
}
