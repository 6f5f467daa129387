package io.revcycle.console.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.revcycle.console.config.ConsoleConfig;
import io.revcycle.console.service.AccountForms;
import io.revcycle.console.service.AccountLedger;
import io.revcycle.console.service.AccountViews;
import io.revcycle.console.service.PatientBillingClient;
import io.revcycle.console.service.PaymentForm;
import io.revcycle.security.Roles;

/**
 * Patient accounts: patients owing, highest first; a guarantor account with its encounters, ledger, payments,
 * payment plans, refunds, statements (PDF through the console) and collections status; recording a payment with its
 * receipt, and the account's actions ({@link AccountActions}): payment plans, refunds, write-offs.
 */
@Path("/patient-accounts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.PATIENT_ACCOUNTS, Roles.BILLING_MANAGER })
public class PatientAccountsPage {

    private static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

    /** The list's filter: at least this balance, and a part of the patient id. */
    public record Filter(String minBalance, String text) {
        public String query() {
            List<String> parts = new ArrayList<>();
            if (minBalance != null) {
                parts.add("minBalance=" + minBalance);
            }
            if (text != null) {
                parts.add("q=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
            }
            return String.join("&", parts);
        }
    }

    /**
     * Everything of the account that a payment, plan, refund or write-off changes: one fragment, swapped in after
     * each action. Its forms carry one key made for this rendering (the service scopes a key by route and target).
     */
    public record Money(AccountViews.GuarantorAccount account, List<AccountLedger.Row> ledger,
            List<PatientPayment> payments, List<AccountViews.Plan> plans, List<AccountViews.Refund> refunds,
            boolean mayPay, boolean mayApprove, boolean mayWriteOff, String user, String idempotencyKey,
            List<String> methods, List<String> refundMethods, List<String> writeOffTypes) {

        public boolean hasActivePlan() {
            return plans.stream().anyMatch(AccountViews.Plan::active);
        }

        public boolean hasCredit() {
            return account.creditBalance() != null && account.creditBalance().signum() > 0;
        }
    }

    /** A payment with the patient it was recorded for. */
    public record PatientPayment(String patientId, AccountViews.Payment payment) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(Page page, Filter filter, List<AccountViews.Owing> rows, int total,
                String fetchedAt);

        static native TemplateInstance accounts$rows(Filter filter, List<AccountViews.Owing> rows, int total,
                String fetchedAt);

        static native TemplateInstance account(Page page, Money money, List<AccountViews.Statement> statements,
                List<AccountViews.Placement> placements, String fetchedAt, String notice);

        static native TemplateInstance account$money(Money money, String fetchedAt, String notice);
    }

    private static final String UUID_ID = "[0-9a-fA-F-]{36}";

    private final PatientBillingClient billing;
    private final AccountActions actions;
    private final SecurityIdentity identity;
    private final Page.Factory pages;
    private final ConsoleConfig config;

    public PatientAccountsPage(@RestClient PatientBillingClient billing, AccountActions actions,
            SecurityIdentity identity, Page.Factory pages, ConsoleConfig config) {
        this.billing = billing;
        this.actions = actions;
        this.identity = identity;
        this.pages = pages;
        this.config = config;
    }

    @GET
    public TemplateInstance list(@QueryParam("minBalance") String minBalance, @QueryParam("q") String text) {
        Filter filter = filter(minBalance, text);
        List<AccountViews.Owing> owing = owing(filter);
        return Templates.accounts(pages.of("Patient accounts"), filter,
                owing.stream().limit(config.pageSize()).toList(), owing.size(), pages.fetchedAt());
    }

    /** The rows alone, for the filter form. */
    @GET
    @Path("/rows")
    public TemplateInstance rows(@QueryParam("minBalance") String minBalance, @QueryParam("q") String text) {
        Filter filter = filter(minBalance, text);
        List<AccountViews.Owing> owing = owing(filter);
        return Templates.accounts$rows(filter, owing.stream().limit(config.pageSize()).toList(), owing.size(),
                pages.fetchedAt());
    }

    /** Opens the account of a guarantor account id or of a patient id (a patient is in exactly one account). */
    @GET
    @Path("/find")
    public Response find(@QueryParam("id") String id) {
        if (id == null || !id.strip().matches(ID)) {
            throw new ConsoleProblem(400, "an account or patient id is letters, digits, '.', '_' or '-'");
        }
        String accountId;
        try {
            accountId = billing.account(id.strip()).accountId();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                throw e;
            }
            accountId = billing.patient(id.strip()).accountId(); // a 404 here is shown as "not found"
        }
        return Response.seeOther(URI.create("/patient-accounts/" + accountId)).build();
    }

    @GET
    @Path("/{accountId: " + ID + "}")
    public TemplateInstance account(@PathParam("accountId") String accountId) {
        Money money = money(accountId);
        return Templates.account(pages.of("Guarantor account " + accountId), money, billing.statements(accountId),
                billing.placements(accountId), pages.fetchedAt(), null);
    }

    /** The balances, encounters, ledger, payments and plans alone (reloaded after a payment). */
    @GET
    @Path("/{accountId: " + ID + "}/money")
    public TemplateInstance moneyFragment(@PathParam("accountId") String accountId) {
        return Templates.account$money(money(accountId), pages.fetchedAt(), null);
    }

    /**
     * Records a payment as the logged-in clerk. The form's key is the service's Idempotency-Key, so a double submit
     * (or a retry after a lost answer) records the payment once.
     */
    @POST
    @Path("/{accountId: " + ID + "}/payments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PATIENT_ACCOUNTS)
    public TemplateInstance pay(@PathParam("accountId") String accountId, MultivaluedMap<String, String> form) {
        PaymentForm payment;
        try {
            payment = PaymentForm.of(form);
        } catch (IllegalArgumentException e) {
            throw new ConsoleProblem(400, e.getMessage());
        }
        // the service posts to the patient's own guarantor account: make sure that is the account on the screen
        boolean onThisAccount = billing.account(accountId).patients().stream()
                .anyMatch(p -> p.patientId().equals(payment.patientId()));
        if (!onThisAccount) {
            throw new ConsoleProblem(400, "patient " + payment.patientId() + " is not on account " + accountId);
        }
        AccountViews.Receipt receipt = billing.pay(payment.patientId(), payment.idempotencyKey(), payment.request());
        Money money = money(accountId);
        return Templates.account$money(money, pages.fetchedAt(), "Payment of " + receipt.amount() + " ("
                + receipt.method() + ", " + receipt.reference() + ") recorded for " + receipt.patientId()
                + "; the account owes " + money.account().balance() + ".");
    }

    /** Sets up a payment plan for what the patient's guarantor account owes (clerks and billing managers). */
    @POST
    @Path("/{accountId: " + ID + "}/plans")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance setUpPlan(@PathParam("accountId") String accountId, MultivaluedMap<String, String> form) {
        return acted(accountId, actions.setUpPlan(accountId, form));
    }

    @POST
    @Path("/{accountId: " + ID + "}/plans/{planId: " + UUID_ID + "}/renegotiation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance renegotiatePlan(@PathParam("accountId") String accountId,
            @PathParam("planId") String planId, MultivaluedMap<String, String> form) {
        return acted(accountId, actions.renegotiatePlan(accountId, planId, form));
    }

    @POST
    @Path("/{accountId: " + ID + "}/plans/{planId: " + UUID_ID + "}/cancellation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance cancelPlan(@PathParam("accountId") String accountId, @PathParam("planId") String planId,
            MultivaluedMap<String, String> form) {
        return acted(accountId, actions.cancelPlan(accountId, planId, form));
    }

    /** Requests a refund of (part of) the account's credit balance. */
    @POST
    @Path("/{accountId: " + ID + "}/refunds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance requestRefund(@PathParam("accountId") String accountId,
            MultivaluedMap<String, String> form) {
        return acted(accountId, actions.requestRefund(accountId, form));
    }

    /**
     * A billing manager other than the requester approves (the service answers the requester 409); the form's key
     * makes a double click approve once.
     */
    @POST
    @Path("/{accountId: " + ID + "}/refunds/{refundId: " + UUID_ID + "}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.BILLING_MANAGER)
    public TemplateInstance approveRefund(@PathParam("accountId") String accountId,
            @PathParam("refundId") String refundId, MultivaluedMap<String, String> form) {
        return acted(accountId, actions.approveRefund(accountId, refundId, form));
    }

    @POST
    @Path("/{accountId: " + ID + "}/refunds/{refundId: " + UUID_ID + "}/issue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance issueRefund(@PathParam("accountId") String accountId,
            @PathParam("refundId") String refundId, MultivaluedMap<String, String> form) {
        return acted(accountId, actions.issueRefund(accountId, refundId, form));
    }

    /** Bad debt, charity, small-balance or administrative write-off (billing managers, as the service allows). */
    @POST
    @Path("/{accountId: " + ID + "}/write-offs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.BILLING_MANAGER)
    public TemplateInstance writeOff(@PathParam("accountId") String accountId, MultivaluedMap<String, String> form) {
        return acted(accountId, actions.writeOff(accountId, form));
    }

    /** The account's money as the service keeps it after the action, with what was done. */
    private TemplateInstance acted(String accountId, String notice) {
        return Templates.account$money(money(accountId), pages.fetchedAt(), notice);
    }

    /**
     * The statement's PDF, fetched with the user's token and passed through: the browser holds only the console's
     * session cookie, and the service takes bearer tokens only (and need not be reachable from the browser).
     */
    @GET
    @Path("/statements/{statementId: [0-9a-fA-F-]{36}}/pdf")
    @Produces("application/pdf")
    public Response statementPdf(@PathParam("statementId") String statementId) {
        try (Response pdf = billing.statementPdf(statementId)) {
            byte[] bytes = pdf.readEntity(byte[].class);
            return Response.ok(bytes, "application/pdf")
                    .header("Content-Disposition", pdf.getHeaderString("Content-Disposition"))
                    .header("Cache-Control", "no-store").build();
        }
    }

    private Money money(String accountId) {
        AccountViews.GuarantorAccount account = billing.account(accountId);
        List<PatientPayment> payments = new ArrayList<>();
        for (AccountViews.PatientBalance p : account.patients()) {
            List<AccountViews.Payment> paid = billing.patient(p.patientId()).payments();
            if (paid != null) {
                paid.forEach(pay -> payments.add(new PatientPayment(p.patientId(), pay)));
            }
        }
        payments.sort(java.util.Comparator.comparing((PatientPayment p) -> p.payment().receivedAt()).reversed());
        java.util.Map<String, String> receipts = new java.util.HashMap<>();
        payments.forEach(p -> receipts.put(String.valueOf(p.payment().paymentId()),
                p.payment().method() + (p.payment().reference() == null ? "" : " " + p.payment().reference())));
        List<AccountLedger.Row> ledger = AccountLedger.rows(account.entries(), receipts);
        boolean anyRefundIssued = ledger.stream().anyMatch(r -> "REFUND".equals(r.type()));
        return new Money(account, ledger, payments, billing.plans(accountId),
                actions.refunds(accountId, anyRefundIssued), identity.hasRole(Roles.PATIENT_ACCOUNTS),
                identity.hasRole(Roles.BILLING_MANAGER), identity.hasRole(Roles.BILLING_MANAGER),
                identity.getPrincipal().getName(), UUID.randomUUID().toString(), PaymentForm.METHODS,
                AccountForms.REFUND_METHODS, AccountForms.WRITE_OFF_TYPES);
    }

    private List<AccountViews.Owing> owing(Filter filter) {
        return billing.owing(filter.minBalance()).stream()
                .filter(o -> filter.text() == null
                        || o.patientId().toLowerCase(Locale.ROOT).contains(filter.text().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static Filter filter(String minBalance, String text) {
        String min = minBalance == null || minBalance.isBlank() ? null : minBalance.strip();
        if (min != null) {
            try {
                new BigDecimal(min);
            } catch (NumberFormatException e) {
                throw new ConsoleProblem(400, "the minimum balance must be a decimal amount, e.g. 25.00");
            }
        }
        return new Filter(min, text == null || text.isBlank() ? null : text.strip());
    }
}
