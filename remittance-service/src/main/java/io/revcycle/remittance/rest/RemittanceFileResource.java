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

import io.revcycle.remittance.domain.RemittanceFile;
import io.revcycle.remittance.service.RemittanceQueries;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

@Path("/remittance-files")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Remittance files", description = "835 files taken: accepted, or rejected whole with their findings")
public class RemittanceFileResource {

    private final RemittanceQueries queries;

    public RemittanceFileResource(RemittanceQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "835 files, newest first, optionally with one status (ACCEPTED, REJECTED)")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public List<RemittanceFileView> list(@QueryParam("status") String status) {
        return queries.files(parseStatus(status)).stream().map(f -> RemittanceFileView.of(f, false)).toList();
    }

    @GET
    @Path("/{fileId}")
    @Operation(summary = "An 835 file with its transaction sets (BPR, TRN, payer) and claim payments")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public RemittanceFileView get(@PathParam("fileId") String fileId) {
        return queries.file(fileId).map(f -> RemittanceFileView.of(f, true))
                .orElseThrow(() -> ProblemException.notFound("Remittance file", fileId));
    }

    private static Optional<RemittanceFile.Status> parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RemittanceFile.Status.valueOf(status.strip().toUpperCase()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status must be one of "
                    + Arrays.toString(RemittanceFile.Status.values()));
        }
    }
}
