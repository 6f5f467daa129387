package io.revcycle.audit.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.revcycle.audit.AuditQuery;
import io.revcycle.audit.AuditTrail;
import io.revcycle.audit.ChainCheck;
import io.revcycle.audit.fhir.FhirAuditEvents;
import io.revcycle.security.Roles;

/** The service's audit trail for auditors: by patient, user and time; the chain check; the FHIR export. */
@Path("/audit")
@Tag(name = "Audit", description = "PHI audit trail of this service (auditors)")
public class AuditResource {

    static final int MAX_LIMIT = 10_000;
    /** Walking a long chain may outlast the default transaction timeout. */
    private static final int VERIFY_TIMEOUT_SECONDS = 3600;

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Path("/events")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit rows, newest first, by patient, user and time (from inclusive, to exclusive, "
            + "ISO-8601 instants)")
    @RolesAllowed(Roles.AUDITOR)
    public List<AuditEventView> events(@QueryParam("patient") String patient, @QueryParam("user") String user,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("1000") int limit) {
        return trail.find(query(patient, user, from, to, limit)).stream().map(AuditEventView::of).toList();
    }

    @GET
    @Path("/events/fhir")
    @Produces(FhirAuditEvents.MEDIA_TYPE)
    @Operation(summary = "The same rows as a FHIR R4 Bundle of AuditEvent (IHE BALP)")
    @RolesAllowed(Roles.AUDITOR)
    public String fhir(@QueryParam("patient") String patient, @QueryParam("user") String user,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("1000") int limit) {
        return FhirAuditEvents.bundleJson(trail.find(query(patient, user, from, to, limit)));
    }

    @GET
    @Path("/verify")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Walks the whole hash chain: intact, or the first row changed, removed or inserted")
    @RolesAllowed(Roles.AUDITOR)
    public ChainCheck verify() {
        return QuarkusTransaction.requiringNew().timeout(VERIFY_TIMEOUT_SECONDS).call(trail::verify);
    }

    private static AuditQuery query(String patient, String user, String from, String to, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT);
        }
        return new AuditQuery(blankToNull(patient), blankToNull(user), instant("from", from), instant("to", to), limit);
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be an ISO-8601 instant such as 2026-01-31T00:00:00Z");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
