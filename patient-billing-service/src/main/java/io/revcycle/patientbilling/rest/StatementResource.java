package io.revcycle.patientbilling.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.Audited;
import io.revcycle.patientbilling.domain.IssuedStatement;
import io.revcycle.patientbilling.domain.statement.PatientStatement;
import io.revcycle.patientbilling.domain.statement.StatementRenderer;
import io.revcycle.patientbilling.service.StatementCycle;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

@Path("/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "Statement cycles, statements as PDF and HTML, the print/mail vendor file")
public class StatementResource {

    private final StatementCycle cycle;

    public StatementResource(StatementCycle cycle) {
        this.cycle = cycle;
    }

    public record StatementSummary(UUID statementId, UUID runId, String accountId, int statementNumber,
            LocalDate statementDate, LocalDate dueDate, BigDecimal totalDue, int dunningLevel, int lineCount,
            Instant issuedAt) {

        static StatementSummary from(IssuedStatement s) {
            return new StatementSummary(s.id, s.runId, s.accountId, s.statementNumber, s.statementDate, s.dueDate,
                    s.totalDue, s.dunningLevel, s.lineCount, s.issuedAt);
        }
    }

    public record StatementView(UUID statementId, UUID runId, Instant issuedAt, PatientStatement statement) {
    }

    @GET
    @Operation(summary = "The statements of a guarantor account, oldest first")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Audited(resource = "statement")
    public List<StatementSummary> list(@QueryParam("accountId") String accountId) {
        if (accountId == null || accountId.isBlank()) {
            throw ProblemException.badRequest("accountId is required");
        }
        return IssuedStatement.ofAccount(accountId).stream().map(StatementSummary::from).toList();
    }

    @GET
    @Path("/{statementId}")
    @Operation(summary = "A statement as issued: encounter lines, aging, total due, dunning message")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Audited(resource = "statement")
    public StatementView get(@PathParam("statementId") String statementId) {
        IssuedStatement s = find(statementId);
        return new StatementView(s.id, s.runId, s.issuedAt, cycle.read(s));
    }

    @GET
    @Path("/{statementId}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "A statement rendered as PDF")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Audited(resource = "statement")
    public Response pdf(@PathParam("statementId") String statementId) {
        IssuedStatement s = find(statementId);
        return Response.ok(StatementRenderer.pdf(cycle.read(s))).header("Content-Disposition",
                "inline; filename=\"statement-" + s.accountId + "-" + s.statementNumber + ".pdf\"").build();
    }

    @GET
    @Path("/{statementId}/html")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A statement rendered as HTML")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Audited(resource = "statement")
    public String html(@PathParam("statementId") String statementId) {
        return StatementRenderer.html(cycle.read(find(statementId)));
    }

    /** Parsed here, not by the framework, so an id that is no UUID is a 404 problem the audit trail records. */
    private static IssuedStatement find(String statementId) {
        IssuedStatement s = null;
        try {
            s = IssuedStatement.findById(UUID.fromString(statementId));
        } catch (IllegalArgumentException e) {
            // not a UUID: not found either
        }
        if (s == null) {
            throw ProblemException.notFound("Statement", statementId);
        }
        return s;
    }
}
