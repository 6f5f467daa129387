package io.revcycle.payersim.rest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.payersim.domain.Payer;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

/** The payers the simulator plays and their contract terms. */
@Path("/payers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "payers")
public class PayerResource {

    public record PayerRequest(
            @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9]+") String payerId,
            @NotBlank @Size(max = 60) String name,
            @Size(max = 15) @Pattern(regexp = "[A-Za-z0-9]*") String isaId,
            @Pattern(regexp = "\\d{9}") String taxId,
            @NotNull @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) BigDecimal allowedPercent,
            boolean acknowledgeOnly,
            @Pattern(regexp = "ACH|CHK") String paymentMethod,
            @Min(0) Integer paymentCycleSeconds,
            @Size(max = 60) String contactName,
            @Pattern(regexp = "\\d{10}") String contactPhone,
            @Size(max = 55) String addressLine, @Size(max = 30) String city,
            @Pattern(regexp = "[A-Z]{2}") String state, @Pattern(regexp = "\\d{5}(\\d{4})?") String postalCode,
            @Pattern(regexp = "ANSWER|UNAVAILABLE|SILENT") String eligibilityMode) {
    }

    @GET
    @RolesAllowed(Roles.INTEGRATION)
    public List<Payer> list() {
        return Payer.list("order by payerId");
    }

    @GET
    @Path("{payerId}")
    @RolesAllowed(Roles.INTEGRATION)
    public Payer get(@PathParam("payerId") String payerId) {
        return find(payerId);
    }

    @POST
    @Transactional
    @RolesAllowed(Roles.INTEGRATION)
    public Response create(@Valid @NotNull PayerRequest request) {
        if (Payer.findById(request.payerId()) != null) {
            throw ProblemException.conflict("payer " + request.payerId() + " exists; PUT /payers/" + request.payerId()
                    + " changes it");
        }
        Payer p = new Payer();
        p.payerId = request.payerId();
        apply(p, request);
        p.persist();
        return Response.status(201).entity(p).build();
    }

    @PUT
    @Path("{payerId}")
    @Transactional
    @RolesAllowed(Roles.INTEGRATION)
    public Payer update(@PathParam("payerId") String payerId, @Valid @NotNull PayerRequest request) {
        if (!payerId.equals(request.payerId())) {
            throw ProblemException.badRequest("payerId in the body differs from the path");
        }
        Payer p = Payer.findById(payerId);
        if (p == null) {
            p = new Payer();
            p.payerId = payerId;
            apply(p, request);
            p.persist();
        } else {
            apply(p, request);
        }
        return p;
    }

    static Payer find(String payerId) {
        Payer p = Payer.findById(payerId);
        if (p == null) {
            throw ProblemException.notFound("payer", payerId);
        }
        return p;
    }

    private static void apply(Payer p, PayerRequest r) {
        String isaId = r.isaId() == null || r.isaId().isBlank() ? r.payerId() : r.isaId();
        if (isaId.length() > 15) {
            throw ProblemException.badRequest("isaId is needed when the payer id is longer than 15 characters");
        }
        Payer.byIsaId(isaId).filter(other -> !other.payerId.equals(p.payerId)).ifPresent(other -> {
            throw ProblemException.conflict("interchange id " + isaId + " belongs to payer " + other.payerId);
        });
        p.name = r.name();
        p.isaId = isaId;
        p.taxId = r.taxId() == null ? "990000000" : r.taxId();
        p.allowedPercent = r.allowedPercent().setScale(2);
        p.acknowledgeOnly = r.acknowledgeOnly();
        p.paymentMethod = r.paymentMethod() == null ? "CHK" : r.paymentMethod();
        p.paymentCycleSeconds = r.paymentCycleSeconds() == null ? 0 : r.paymentCycleSeconds();
        p.contactName = r.contactName() == null ? "EDI SUPPORT" : r.contactName();
        p.contactPhone = r.contactPhone() == null ? "8005550100" : r.contactPhone();
        p.addressLine = r.addressLine() == null ? "1 PAYER WAY" : r.addressLine();
        p.city = r.city() == null ? "HARTFORD" : r.city();
        p.state = r.state() == null ? "CT" : r.state();
        p.postalCode = r.postalCode() == null ? "06101" : r.postalCode();
        p.eligibilityMode = r.eligibilityMode() == null ? Payer.ELIGIBILITY_ANSWER : r.eligibilityMode();
    }
}
