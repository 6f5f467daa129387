package io.revcycle.coding.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.AuditContext;
import io.revcycle.audit.Audited;
import io.revcycle.coding.config.CodingConfig;
import io.revcycle.coding.domain.CodingQuery;
import io.revcycle.coding.domain.CodingWorkItem;
import io.revcycle.coding.service.AnswerQueryCommand;
import io.revcycle.coding.service.PhysicianQueries;
import io.revcycle.coding.service.QueryTemplates;
import io.revcycle.coding.service.RaiseQueryCommand;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.CurrentUser;
import io.revcycle.security.Roles;

@Path("/queries")
@Tag(name = "Physician queries", description = "Compliant documentation (CDI) queries: raise, answer, aging")
@Produces(MediaType.APPLICATION_JSON)
public class QueryResource {

    private static final String QUERY = "coding-query";

    /** A query as coders, CDI specialists and physicians see it, with its age in days. */
    public record QueryView(UUID queryId, String encounterId, String templateId, String question, List<String> options,
            List<String> clinicalIndicators, String physicianNpi, String raisedBy, Instant raisedAt, long ageDays,
            String answer, String answerComment, String answeredBy, Instant answeredAt) {

        static QueryView of(CodingQuery q) {
            Instant until = q.answeredAt != null ? q.answeredAt : Instant.now();
            return new QueryView(q.queryId, q.encounterId, q.templateId, q.question, List.copyOf(q.options),
                    List.copyOf(q.clinicalIndicators), q.physicianNpi, q.raisedBy, q.raisedAt,
                    ChronoUnit.DAYS.between(LocalDate.ofInstant(q.raisedAt, ZoneOffset.UTC),
                            LocalDate.ofInstant(until, ZoneOffset.UTC)),
                    q.answer, q.answerComment, q.answeredBy, q.answeredAt);
        }
    }

    private final PhysicianQueries queries;
    private final QueryTemplates templates;
    private final CurrentUser currentUser;
    private final AuditContext audit;
    private final CodingConfig config;

    public QueryResource(PhysicianQueries queries, QueryTemplates templates, CurrentUser currentUser,
            AuditContext audit, CodingConfig config) {
        this.queries = queries;
        this.templates = templates;
        this.currentUser = currentUser;
        this.audit = audit;
        this.config = config;
    }

    @GET
    @Path("/templates")
    @Operation(summary = "The compliant query templates (multiple choice with Other and Clinically undetermined)")
    @RolesAllowed({ Roles.CODER, Roles.CDI_SPECIALIST, Roles.CODING_MANAGER })
    public List<QueryTemplates.Template> templates() {
        return templates.all();
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Raise a query to the encounter's physician", description = "From a template, citing the "
            + "clinical indicators; the work item goes ON_HOLD and CodingQueryRaised is published")
    @RolesAllowed({ Roles.CODER, Roles.CDI_SPECIALIST })
    @Audited(resource = QUERY)
    public Response raise(@Valid @NotNull RaiseQueryCommand command) {
        CodingQuery query = queries.raise(command, currentUser.name());
        audited(query);
        return Response.status(201).entity(QueryView.of(query)).build();
    }

    @GET
    @Operation(summary = "Open (or answered) queries, oldest first, with their age in days")
    @RolesAllowed({ Roles.PHYSICIAN, Roles.CDI_SPECIALIST, Roles.CODER, Roles.CODING_MANAGER })
    public List<QueryView> list(@QueryParam("status") @DefaultValue("OPEN") String status,
            @QueryParam("physicianNpi") String physicianNpi) {
        if (!status.equals("OPEN") && !status.equals("ANSWERED")) {
            throw ProblemException.badRequest("status must be OPEN or ANSWERED");
        }
        return queries.list(status.equals("OPEN"), physicianNpi, config.worklistLimit()).stream()
                .map(QueryView::of).toList();
    }

    @GET
    @Path("/stats")
    @Operation(summary = "Per physician: raised, answered, open, response rate, mean hours to answer, oldest open age")
    @RolesAllowed({ Roles.CODING_MANAGER, Roles.CDI_SPECIALIST })
    public List<PhysicianQueries.PhysicianStats> stats() {
        return queries.stats();
    }

    @GET
    @Path("/{queryId}")
    @Operation(summary = "One query with its answer")
    @RolesAllowed({ Roles.PHYSICIAN, Roles.CDI_SPECIALIST, Roles.CODER, Roles.CODING_MANAGER })
    @Audited(resource = QUERY)
    public QueryView get(@PathParam("queryId") String queryId) {
        return QueryView.of(audited(queries.get(id(queryId))));
    }

    @POST
    @Transactional
    @Path("/{queryId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The physician answers", description = "One of the options (Other with a comment); the "
            + "answer stays with the chart, CodingQueryAnswered is published and the item returns to its coder")
    @RolesAllowed(Roles.PHYSICIAN)
    @Audited(resource = QUERY, operation = true)
    public QueryView answer(@PathParam("queryId") String queryId, @Valid @NotNull AnswerQueryCommand command) {
        return QueryView.of(audited(queries.answer(id(queryId), command, currentUser.name())));
    }

    private static UUID id(String queryId) {
        try {
            return UUID.fromString(queryId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("query", queryId);
        }
    }

    private CodingQuery audited(CodingQuery query) {
        CodingWorkItem item = CodingWorkItem.findById(query.encounterId);
        if (item != null) {
            audit.patient(item.patientId);
        }
        return query;
    }
}
