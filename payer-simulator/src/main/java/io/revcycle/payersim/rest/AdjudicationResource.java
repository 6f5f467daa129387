package io.revcycle.payersim.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.payersim.domain.Adjudication;
import io.revcycle.payersim.service.ContractTerms;
import io.revcycle.rest.ProblemException;

@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "payer simulator")
public class AdjudicationResource {

    private final ContractTerms terms;

    public AdjudicationResource(ContractTerms terms) {
        this.terms = terms;
    }

    public record RulesView(Map<String, BigDecimal> allowedPercent, Map<String, ContractTerms.Denial> denials) {
    }

    @GET
    @Path("adjudications/{claimId}")
    public Adjudication adjudication(@PathParam("claimId") String claimId) {
        Adjudication a = Adjudication.findById(claimId);
        if (a == null) {
            throw ProblemException.notFound("adjudication for claim", claimId);
        }
        return a;
    }

    @GET
    @Path("adjudications")
    public List<Adjudication> adjudications() {
        return Adjudication.listAll();
    }

    @GET
    @Path("rules")
    public RulesView rules() {
        Map<String, BigDecimal> percents = new TreeMap<>();
        for (String payer : List.of("SYNPAYER1", "SYNPAYER2")) {
            percents.put(payer, terms.allowedPercent(payer));
        }
        return new RulesView(percents, new TreeMap<>(terms.denials()));
    }
}
