package io.revcycle.patientbilling.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import io.revcycle.audit.Audited;
import io.revcycle.patientbilling.config.BillingConfig;
import io.revcycle.patientbilling.domain.IssuedStatement;
import io.revcycle.patientbilling.domain.StatementRun;
import io.revcycle.patientbilling.domain.statement.PrintVendorFile;
import io.revcycle.patientbilling.service.StatementCycle;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

@Path("/statement-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "Statement cycles, statements as PDF and HTML, the print/mail vendor file")
public class StatementRunResource {

    private final StatementCycle cycle;
    private final SecurityIdentity identity;
    private final String practiceName;

    public StatementRunResource(StatementCycle cycle, SecurityIdentity identity, BillingConfig config) {
        this.cycle = cycle;
        this.identity = identity;
        this.practiceName = config.statements().practiceName();
    }

    /** cycleDate absent: today. */
    public record RunBody(LocalDate cycleDate) {
    }

    public record RunView(UUID runId, LocalDate cycleDate, Instant runAt, String runBy, int issued, int heldInsurance,
            int belowMinimum, int notDue, int cycleGroup, int cycleGroups, int otherCycle, BigDecimal totalDue) {

        static RunView from(StatementRun r) {
            return new RunView(r.id, r.cycleDate, r.runAt, r.runBy, r.issued, r.heldInsurance, r.belowMinimum,
                    r.notDue, r.cycleGroup, r.cycleGroups, r.otherCycle, r.totalDue);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Run the statement cycle of a date (default today): 201 with what it issued and held; the same "
            + "date again answers its run with 200")
    @RolesAllowed(Roles.BILLING_MANAGER)
    @Transactional
    @Audited(resource = "statement-run", operation = true)
    public Response run(RunBody body) {
        StatementCycle.Outcome outcome = cycle.run(body == null ? null : body.cycleDate(),
                identity.getPrincipal().getName());
        return Response.status(outcome.created() ? 201 : 200)
                .location(URI.create("/statement-runs/" + outcome.run().id))
                .entity(RunView.from(outcome.run())).build();
    }

    @GET
    @Path("/{runId}")
    @Operation(summary = "A statement cycle: issued, held while insurance is pending, below the minimum, not due")
    @RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
    @Audited(resource = "statement-run")
    public RunView get(@PathParam("runId") String runId) {
        return RunView.from(find(runId));
    }

    @GET
    @Path("/{runId}/export")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "The cycle's batch file for the print/mail vendor (pipe-delimited HDR, STM, LIN, TRL records)")
    @RolesAllowed(Roles.BILLING_MANAGER)
    @Audited(resource = "statement-run")
    public Response export(@PathParam("runId") String runId) {
        StatementRun run = find(runId);
        String file = PrintVendorFile.write(run.id, run.cycleDate, practiceName, IssuedStatement.ofRun(run.id).stream()
                .map(s -> new PrintVendorFile.Issued(s.id, cycle.read(s))).toList());
        return Response.ok(file).header("Content-Disposition",
                "attachment; filename=\"statements-" + run.cycleDate + ".txt\"").build();
    }

    /** Parsed here, not by the framework, so an id that is no UUID is a 404 problem the audit trail records. */
    private static StatementRun find(String runId) {
        StatementRun run = null;
        try {
            run = StatementRun.findById(UUID.fromString(runId));
        } catch (IllegalArgumentException e) {
            // not a UUID: not found either
        }
        if (run == null) {
            throw ProblemException.notFound("Statement run", runId);
        }
        return run;
    }
}
