package io.revcycle.coding.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.AuditContext;
import io.revcycle.audit.Audited;
import io.revcycle.coding.service.DocumentEncounterCommand;
import io.revcycle.coding.service.EncounterIntake;
import io.revcycle.security.Roles;

@Path("/encounters")
@Tag(name = "Encounters", description = "Providers' documentation of encounters")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class EncounterResource {

    private final EncounterIntake intake;
    private final AuditContext audit;

    public EncounterResource(EncounterIntake intake, AuditContext audit) {
        this.intake = intake;
        this.audit = audit;
    }

    @POST
    @Operation(summary = "Document an encounter", description = "Publishes EncounterDocumented; coding follows "
            + "asynchronously (straight through when every code is clean, else on the worklist).")
    @RolesAllowed({ Roles.REGISTRATION, Roles.INTEGRATION })
    @Transactional // the documentation, its event and its audit row commit together
    @Audited(resource = "encounter")
    public Response document(@Valid @NotNull DocumentEncounterCommand command) {
        audit.patient(command.patient().patientId());
        String encounterId = intake.document(command);
        return Response.accepted(new EncounterAccepted(encounterId, EncounterAccepted.DOCUMENTED))
                .location(URI.create("/worklist/" + encounterId)).build();
    }
}
