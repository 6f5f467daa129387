package io.revcycle.eligibility.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.Audited;
import io.revcycle.eligibility.domain.PatientGuarantor;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

@Path("/patients/{patientId}/guarantor")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guarantor", description = "The patient's guarantor as registration (HL7 ADT GT1) sent it")
@Audited(resource = "guarantor", patient = "patientId")
public class GuarantorResource {

    @GET
    @Operation(summary = "The patient's guarantor from the latest registration")
    @RolesAllowed({ Roles.REGISTRATION, Roles.BILLER, Roles.BILLING_MANAGER })
    public GuarantorResponse get(@PathParam("patientId") String patientId) {
        return PatientGuarantor.<PatientGuarantor>findByIdOptional(patientId).map(GuarantorResponse::from)
                .orElseThrow(() -> ProblemException.notFound("Guarantor of patient", patientId));
    }
}
