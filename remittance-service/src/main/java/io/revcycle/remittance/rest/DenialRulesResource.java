package io.revcycle.remittance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.denials.DenialRules;
import io.revcycle.remittance.service.DenialRulesDryRun;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

@Path("/denial-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Denial rules", description = "How denials are classified (category, owner, appeal window, next action)")
public class DenialRulesResource {

    private final DenialRulesDryRun dryRun;

    public DenialRulesResource(DenialRulesDryRun dryRun) {
        this.dryRun = dryRun;
    }

    @GET
    @Operation(summary = "The denial classification rules in force (version, categories, rules, payer overrides)")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public DenialRules.Document rules() {
        return dryRun.rulesInForce().document();
    }

    @POST
    @Path("/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Classify the denied lines of past remittances with a candidate rule set (the body; empty: the "
            + "rules in force) and show what would change; nothing is stored")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public DenialRulesDryRun.Report dryRun(byte[] candidate, @QueryParam("limit") @DefaultValue("500") int limit) {
        if (limit < 1 || limit > 5000) {
            throw ProblemException.badRequest("limit must be between 1 and 5000");
        }
        DenialRules rules;
        if (candidate == null || candidate.length == 0) {
            rules = dryRun.rulesInForce();
        } else {
            try {
                rules = DenialRules.parse(candidate);
            } catch (IllegalArgumentException e) {
                throw new ProblemException(422, "Unprocessable Content", e.getMessage());
            }
        }
        return dryRun.run(rules, limit);
    }
}
