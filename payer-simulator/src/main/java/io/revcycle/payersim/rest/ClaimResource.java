package io.revcycle.payersim.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.payersim.domain.ReceivedClaim;
import io.revcycle.payersim.domain.ReceivedClaimLine;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

/** What the simulator received and how it answered: 277CA status, adjudication, 835. */
@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "claims")
public class ClaimResource {

    public record LineView(int lineNumber, String lineItemControlNumber, String procedureCode, String modifiers,
            String revenueCode, BigDecimal charge, BigDecimal units, LocalDate serviceDate, LocalDate serviceEnd,
            BigDecimal allowed, BigDecimal paid, String adjustments, String remarkCode) {
        static LineView of(ReceivedClaimLine l) {
            return new LineView(l.lineNumber, l.lineItemControlNumber, l.procedureCode, l.modifiers, l.revenueCode,
                    l.charge, l.units, l.serviceDate, l.serviceEnd, l.allowedAmount, l.paidAmount, l.adjustments,
                    l.remarkCode);
        }
    }

    /** Patient names and member ids stay in the database: the listing shows ids and money only. */
    public record ClaimView(long id, String payerId, String patientControlNumber, String claimType, String fileId,
            String interchangeControlNumber, String transactionControlNumber, BigDecimal totalCharge,
            LocalDate serviceFrom, LocalDate serviceTo, String status, String statusCategory, String statusCode,
            String statusEntity, String reason, String payerClaimControlNumber, Long duplicateOf,
            String claimStatusCode, BigDecimal allowed, BigDecimal paid, BigDecimal patientResponsibility,
            String remittanceStatus, String ackFileId, String remittanceFileId, String remittanceTraceNumber,
            Instant receivedAt, List<LineView> lines) {
        static ClaimView of(ReceivedClaim c, boolean withLines) {
            return new ClaimView(c.id, c.payerId, c.patientControlNumber, c.claimType, c.fileId,
                    c.interchangeControlNumber, c.transactionControlNumber, c.totalCharge, c.serviceFrom,
                    c.serviceTo, c.status, c.statusCategory, c.statusCode, c.statusEntity, c.reason,
                    c.payerClaimControlNumber, c.duplicateOf, c.claimStatusCode, c.allowedAmount, c.paidAmount,
                    c.patientResponsibility, c.remittanceStatus, c.ackFileId, c.remittanceFileId,
                    c.remittanceTraceNumber, c.receivedAt,
                    withLines ? c.lines().stream().map(LineView::of).toList() : List.of());
        }
    }

    @GET
    @RolesAllowed(Roles.INTEGRATION)
    public List<ClaimView> list(@QueryParam("payerId") String payerId, @QueryParam("status") String status,
            @QueryParam("patientControlNumber") String pcn) {
        StringBuilder q = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (payerId != null) {
            q.append(" and payerId = :payer");
            params.put("payer", payerId);
        }
        if (status != null) {
            q.append(" and status = :status");
            params.put("status", status.toUpperCase());
        }
        if (pcn != null) {
            q.append(" and patientControlNumber = :pcn");
            params.put("pcn", pcn);
        }
        return ReceivedClaim.<ReceivedClaim>list(q + " order by id desc", params).stream()
                .map(c -> ClaimView.of(c, false)).toList();
    }

    /** The latest arrival of the claim with its lines (earlier arrivals: GET /claims?patientControlNumber=). */
    @GET
    @Path("{patientControlNumber}")
    @RolesAllowed(Roles.INTEGRATION)
    public ClaimView get(@PathParam("patientControlNumber") String pcn) {
        ReceivedClaim c = ReceivedClaim.<ReceivedClaim>find("patientControlNumber = ?1 order by id desc", pcn)
                .firstResult();
        if (c == null) {
            throw ProblemException.notFound("claim", pcn);
        }
        return ClaimView.of(c, true);
    }
}
