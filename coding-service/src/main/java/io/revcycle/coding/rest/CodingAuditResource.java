package io.revcycle.coding.rest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.Audited;
import io.revcycle.coding.domain.CodingAudit;
import io.revcycle.coding.domain.CodingWorkItem;
import io.revcycle.coding.service.CodingAudits;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.CurrentUser;
import io.revcycle.security.Roles;

@Path("/audits")
@Tag(name = "Coding audit", description = "Second-level review of a sample of finalized coding")
@Produces(MediaType.APPLICATION_JSON)
public class CodingAuditResource {

    public record CodingAuditView(String encounterId, String coder, String encounterType, List<String> coderCodes,
            CodingAudit.Status status, Instant sampledAt, String auditor, Instant auditedAt, String note,
            Map<String, CodingAudit.Outcome> verdicts, long agreed, long disagreed) {

        static CodingAuditView of(CodingAudit a) {
            return new CodingAuditView(a.encounterId, a.coder, a.encounterType, a.coderCodes, a.status, a.sampledAt,
                    a.auditor, a.auditedAt, a.note, a.verdicts, a.agreed(), a.disagreed());
        }
    }

    /** The codes the auditor would have assigned; modifiers on a CPT/HCPCS line as in the worklist. */
    public record AuditLine(String procedureCode, List<String> modifiers) {
    }

    public record CompleteAuditRequest(List<String> diagnosisCodes, List<AuditLine> lines, List<String> icdProcedures,
            String note) {
    }

    private final CodingAudits audits;
    private final CurrentUser currentUser;

    public CodingAuditResource(CodingAudits audits, CurrentUser currentUser) {
        this.audits = audits;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "Sampled items by status (PENDING or COMPLETED), oldest sample first")
    @RolesAllowed({ Roles.CODING_AUDITOR, Roles.CODING_MANAGER })
    public List<CodingAuditView> list(@QueryParam("status") @DefaultValue("PENDING") String status) {
        CodingAudit.Status s;
        try {
            s = CodingAudit.Status.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status must be PENDING or COMPLETED, not '" + status + "'");
        }
        return audits.list(s).stream().map(CodingAuditView::of).toList();
    }

    @GET
    @Path("/{encounterId}")
    @Operation(summary = "One sampled item with the coder's codes and, once audited, the verdict per code")
    @RolesAllowed({ Roles.CODING_AUDITOR, Roles.CODING_MANAGER })
    public CodingAuditView get(@PathParam("encounterId") String encounterId) {
        return CodingAuditView.of(audits.get(encounterId));
    }

    @POST
    @Path("/{encounterId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the auditor's codes: each code agreed, removed (the coder's, taken out) or added")
    @RolesAllowed(Roles.CODING_AUDITOR)
    @Audited(resource = "coding-audit", operation = true)
    public CodingAuditView complete(@PathParam("encounterId") String encounterId, CompleteAuditRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("a body with the auditor's diagnosisCodes, lines and icdProcedures is required");
        }
        List<String> problems = new ArrayList<>();
        List<String> dx = request.diagnosisCodes() == null ? List.of() : request.diagnosisCodes();
        List<AuditLine> lines = request.lines() == null ? List.of() : request.lines();
        List<String> pcs = request.icdProcedures() == null ? List.of() : request.icdProcedures();
        if (dx.isEmpty()) {
            problems.add("diagnosisCodes: at least one diagnosis is required");
        }
        if (dx.stream().anyMatch(c -> c == null || c.isBlank()) || pcs.stream().anyMatch(c -> c == null || c.isBlank())
                || lines.stream().anyMatch(l -> l == null || l.procedureCode() == null || l.procedureCode().isBlank())) {
            problems.add("codes must not be blank");
        }
        if (request.note() != null && request.note().length() > 2000) {
            problems.add("note: at most 2000 characters");
        }
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest(String.join("; ", problems));
        }
        List<String> codes = CodingWorkItem.codeSet(dx.stream().map(String::strip).toList(),
                lines.stream().map(l -> new CodingWorkItem.CodeOfLine(l.procedureCode().strip(),
                        l.modifiers() == null ? List.of() : l.modifiers().stream().map(String::strip).toList()))
                        .toList(),
                pcs.stream().map(String::strip).toList());
        return CodingAuditView.of(audits.complete(encounterId, new CodingAudits.CompleteAuditCommand(codes,
                currentUser.name(), request.note() == null ? null : request.note().strip())));
    }
}
