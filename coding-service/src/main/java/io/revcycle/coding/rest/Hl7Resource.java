package io.revcycle.coding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.audit.Audited;
import io.revcycle.hl7.Hl7Intake;
import io.revcycle.security.Roles;

/**
 * HL7 v2 over HTTP, for engines that post rather than speak MLLP: the body is one ER7 message, the answer its ACK
 * (200 with AA, AE or AR: the outcome is in MSA-1 and ERR, as on MLLP).
 */
@Path("/hl7")
@Tag(name = "HL7 v2", description = "DFT^P03 charges as documented encounters")
public class Hl7Resource {

    public static final String ER7 = Hl7Intake.ER7;

    private final Hl7Intake intake;

    public Hl7Resource(Hl7Intake intake) {
        this.intake = intake;
    }

    @POST
    @Consumes({ ER7, MediaType.TEXT_PLAIN })
    @Produces(ER7)
    @Operation(summary = "Take one HL7 v2 message (DFT^P03)", description = "Answers with the HL7 ACK: AA taken "
            + "(or taken before under the same control id: nothing changes), AE content errors with one ERR per "
            + "problem naming segment and field, AR a message that cannot be taken (MSH fields missing, type or "
            + "version not taken). Nothing is stored unless AA.")
    @RolesAllowed(Roles.INTEGRATION)
    @Audited(resource = "encounter")
    public String receive(String er7) {
        return intake.receive(er7);
    }
}
