package io.revcycle.patientbilling.rest;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.Audited;
import io.revcycle.patientbilling.domain.ledger.LedgerAccount;
import io.revcycle.patientbilling.domain.ledger.Posting;
import io.revcycle.patientbilling.service.WriteOffService;
import io.revcycle.security.Roles;

@Path("/write-offs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Write-offs", description = "Bad debt, charity, small-balance and administrative write-offs")
public class WriteOffResource {

    private final WriteOffService writeOffs;
    private final IdempotentRequests idempotent;

    public WriteOffResource(WriteOffService writeOffs, IdempotentRequests idempotent) {
        this.writeOffs = writeOffs;
        this.idempotent = idempotent;
    }

    /** amount absent: everything owed (on the encounter when given, else on the account). */
    public record WriteOffBody(@NotBlank @Size(max = 100) String patientId,
            @NotBlank @Pattern(regexp = "BAD_DEBT|CHARITY|SMALL_BALANCE|ADMINISTRATIVE",
                    message = "must be one of BAD_DEBT, CHARITY, SMALL_BALANCE, ADMINISTRATIVE") String type,
            @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) BigDecimal amount,
            @Size(max = 100) String encounterId, @NotBlank @Size(max = 100) String reason) {
    }

    public record WriteOffView(UUID postingId, String patientId, String type, BigDecimal amount) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write off what a patient owes (from collections when the account is placed); needs an "
            + "Idempotency-Key")
    @RolesAllowed(Roles.BILLING_MANAGER)
    @Transactional
    @Audited(resource = "write-off", patient = "patientId")
    public Response writeOff(@HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Valid @NotNull WriteOffBody body) {
        return idempotent.once(idempotencyKey, "POST /write-offs", body, () -> {
            Posting posting = writeOffs.writeOff(body.patientId(), WriteOffService.Kind.valueOf(body.type()),
                    body.amount(), body.encounterId(), body.reason());
            return Response.status(201).entity(new WriteOffView(posting.id(), body.patientId(), body.type(),
                    posting.on(LedgerAccount.WRITE_OFFS))).build();
        });
    }
}
