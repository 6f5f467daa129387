package io.revcycle.coding.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.coding.service.CodeSuggestions;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

@Path("/suggestions")
@Tag(name = "Suggestions", description = "Candidate codes for documented text")
@Produces(MediaType.APPLICATION_JSON)
public class SuggestionResource {

    static final int MAX_LIMIT = 50;

    private final CodeSuggestions suggestions;

    public SuggestionResource(CodeSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    @Operation(summary = "Ranked candidate codes", description = "kind=diagnosis searches billable ICD-10-CM, "
            + "kind=procedure HCPCS Level II, ICD-10-PCS and licensed CPT descriptors, in force on the date (default today)")
    @RolesAllowed({ Roles.CODER, Roles.CDI_SPECIALIST, Roles.CODING_AUDITOR })
    public List<CodeSuggestions.Candidate> suggest(@QueryParam("text") String text,
            @QueryParam("kind") @DefaultValue("diagnosis") String kind, @QueryParam("date") String date,
            @QueryParam("limit") @DefaultValue("10") int limit) {
        if (text == null || text.isBlank() || text.length() > 500) {
            throw ProblemException.badRequest("text is required (at most 500 characters)");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("limit must be between 1 and " + MAX_LIMIT);
        }
        CodeSuggestions.Kind parsedKind;
        try {
            parsedKind = CodeSuggestions.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("kind must be diagnosis or procedure");
        }
        LocalDate on;
        try {
            on = date == null || date.isBlank() ? LocalDate.now() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("date must be YYYY-MM-DD");
        }
        return suggestions.suggest(text, parsedKind, on, limit);
    }
}
