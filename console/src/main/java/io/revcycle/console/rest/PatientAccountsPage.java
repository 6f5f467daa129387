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
import io.revcycle.console.service.AccountLedger;
import io.revcycle.console.service.AccountViews;
import io.revcycle.console.service.PatientBillingClient;
import io.revcycle.console.service.PaymentForm;
import io.revcycle.security.Roles;

/**
 * Patient accounts: patients owing, highest first; a guarantor account with its encounters, ledger, payments,
 * payment plans, statements (PDF through the console) and collections status; recording a payment with its receipt.
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

    /** Everything of the account that a payment changes: one fragment, swapped in after each payment. */
    public record Money(AccountViews.GuarantorAccount account, List<AccountLedger.Row> ledger,
            List<PatientPayment> payments, List<AccountViews.Plan> plans, boolean mayPay, String idempotencyKey,
            List<String> methods) {
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

    private final PatientBillingClient billing;
    private final SecurityIdentity identity;
    private final Page.Factory pages;
    private final ConsoleConfig config;

    public PatientAccountsPage(@RestClient PatientBillingClient billing, SecurityIdentity identity,
            Page.Factory pages, ConsoleConfig config) {
        this.billing = billing;
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
        boolean mayPay = identity.hasRole(Roles.PATIENT_ACCOUNTS);
        return new Money(account, AccountLedger.rows(account.entries()), payments, billing.plans(accountId), mayPay,
                mayPay ? UUID.randomUUID().toString() : null, PaymentForm.METHODS);
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
