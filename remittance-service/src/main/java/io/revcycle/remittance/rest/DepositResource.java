package io.revcycle.remittance.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.revcycle.remittance.service.DepositReconciliation;
import io.revcycle.remittance.service.DepositReconciliation.Deposit;
import io.revcycle.remittance.service.DepositReconciliation.RecordBankDepositCommand;
import io.revcycle.rest.ProblemException;
import io.revcycle.security.Roles;

@Path("/deposits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deposits", description = "835 payments reconciled with their postings and with the bank's deposits")
public class DepositResource {

    /** A trace number as TRN02 carries it (1-50 characters). */
    private static final int MAX_TRACE = 50;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    /** A deposit line of the bank statement. */
    public record BankDepositRequest(String traceNumber, BigDecimal amount, LocalDate depositDate) {
    }

    public record BankDepositView(String traceNumber, BigDecimal amount, LocalDate depositDate) {
    }

    private final DepositReconciliation deposits;

    public DepositResource(DepositReconciliation deposits) {
        this.deposits = deposits;
    }

    @GET
    @Operation(summary = "Deposits of the newest 835 payments: payment, postings, provider adjustments, difference, bank match")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public List<Deposit> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw ProblemException.badRequest("limit must be between 1 and 1000");
        }
        return deposits.deposits(limit);
    }

    @GET
    @Path("/{traceNumber}")
    @Operation(summary = "The deposit of one 835 payment (by its TRN02 trace number)")
    @RolesAllowed({ Roles.DENIAL_SPECIALIST, Roles.BILLING_MANAGER })
    public Deposit get(@PathParam("traceNumber") String traceNumber) {
        return deposits.deposit(traceNumber).orElseThrow(() -> ProblemException.notFound("Deposit", traceNumber));
    }

    @POST
    @Path("/bank")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter a deposit from the bank statement; it is matched to the 835 payment by trace number")
    @RolesAllowed(Roles.BILLING_MANAGER)
    public Response recordBankDeposit(BankDepositRequest request) {
        if (request == null || request.traceNumber() == null || request.traceNumber().isBlank()
                || request.traceNumber().strip().length() > MAX_TRACE) {
            throw ProblemException.badRequest("traceNumber is required (1-" + MAX_TRACE + " characters)");
        }
        if (request.amount() == null || request.amount().signum() <= 0 || request.amount().scale() > 2
                || request.amount().compareTo(MAX_AMOUNT) > 0) {
            throw ProblemException.badRequest("amount must be positive, in cents at most, and below 10,000,000,000");
        }
        if (request.depositDate() == null) {
            throw ProblemException.badRequest("depositDate is required (YYYY-MM-DD)");
        }
        String trace = request.traceNumber().strip();
        var recorded = deposits.recordBankDeposit(new RecordBankDepositCommand(trace,
                request.amount().setScale(2), request.depositDate()));
        if (recorded.isEmpty()) {
            throw ProblemException.conflict("a bank deposit with trace number " + trace + " is already recorded");
        }
        return Response.status(Response.Status.CREATED)
                .entity(new BankDepositView(trace, recorded.get().amount, recorded.get().depositDate)).build();
    }
}
