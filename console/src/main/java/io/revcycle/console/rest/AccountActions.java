package io.revcycle.console.rest;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.revcycle.console.service.AccountForms;
import io.revcycle.console.service.AccountViews;
import io.revcycle.console.service.PatientBillingClient;

/**
 * The guarantor account's actions besides a payment: payment plans (set up, renegotiate, cancel), refunds of a credit
 * balance (request, approve, issue) and write-offs, each sent to patient-billing-service as the user with the form's
 * key as its Idempotency-Key (a double submit acts once). The console checks the form's shape and that the patient,
 * plan or refund is on the account on the screen; the rest (roles, credit, active plan, what is owed) is the
 * service's answer, its refusals shown in its words. Each action answers the notice the screen shows.
 */
@RequestScoped
public class AccountActions {

    private final PatientBillingClient billing;

    public AccountActions(@RestClient PatientBillingClient billing) {
        this.billing = billing;
    }

    public String setUpPlan(String accountId, MultivaluedMap<String, String> form) {
        AccountViews.PlanRequest request = parsed(form, AccountForms::plan);
        onAccount(accountId, request.patientId());
        AccountViews.Plan plan = billing.createPlan(key(form), request);
        return "Payment plan set up for " + plan.patientId() + ": " + plan.total() + " in " + plan.installments().size()
                + " installments of " + plan.installmentAmount() + firstDue(plan) + ".";
    }

    public String renegotiatePlan(String accountId, String planId, MultivaluedMap<String, String> form) {
        AccountViews.Renegotiation terms = parsed(form, AccountForms::renegotiation);
        plan(accountId, planId);
        AccountViews.Plan plan = billing.renegotiatePlan(planId, key(form), terms);
        return "Payment plan renegotiated: the new plan spreads " + plan.total() + " over "
                + plan.installments().size() + " installments of " + plan.installmentAmount() + firstDue(plan) + ".";
    }

    public String cancelPlan(String accountId, String planId, MultivaluedMap<String, String> form) {
        AccountViews.Cancellation cancellation = parsed(form, AccountForms::cancellation);
        plan(accountId, planId);
        AccountViews.Plan plan = billing.cancelPlan(planId, key(form), cancellation);
        return "Payment plan of " + plan.patientId() + " cancelled; dunning resumes with the next statement.";
    }

    public String requestRefund(String accountId, MultivaluedMap<String, String> form) {
        AccountViews.RefundRequest request = parsed(form, AccountForms::refund);
        onAccount(accountId, request.patientId());
        AccountViews.Refund refund = billing.requestRefund(key(form), request);
        return "Refund of " + refund.amount() + " to " + refund.patientId()
                + " requested; a billing manager other than " + refund.requestedBy() + " approves it.";
    }

    public String approveRefund(String accountId, String refundId, MultivaluedMap<String, String> form) {
        String key = key(form);
        refund(accountId, refundId);
        AccountViews.Refund refund = billing.approveRefund(refundId, key);
        return "Refund of " + refund.amount() + " to " + refund.patientId() + " approved; it can be issued.";
    }

    public String issueRefund(String accountId, String refundId, MultivaluedMap<String, String> form) {
        AccountViews.RefundIssue issue = parsed(form, AccountForms::issue);
        refund(accountId, refundId);
        AccountViews.Refund refund = billing.issueRefund(refundId, key(form), issue);
        return "Refund of " + refund.amount() + " to " + refund.patientId() + " issued (" + refund.method() + ", "
                + refund.reference() + ").";
    }

    public String writeOff(String accountId, MultivaluedMap<String, String> form) {
        AccountViews.WriteOffRequest request = parsed(form, AccountForms::writeOff);
        onAccount(accountId, request.patientId());
        AccountViews.WriteOff writeOff = billing.writeOff(key(form), request);
        return "Write-off (" + writeOff.type() + ") of " + writeOff.amount() + " posted for " + writeOff.patientId()
                + ".";
    }

    /** The account's refunds: those not yet issued, and the issued ones once its ledger shows a refund. */
    public List<AccountViews.Refund> refunds(String accountId, boolean anyIssued) {
        List<AccountViews.Refund> open = billing.refunds(null, accountId);
        List<AccountViews.Refund> issued = anyIssued ? billing.refunds("ISSUED", accountId) : List.of();
        return java.util.stream.Stream.concat(open.stream(), issued.stream())
                .sorted(java.util.Comparator.comparing(AccountViews.Refund::requestedAt))
                .toList();
    }

    private static <T> T parsed(MultivaluedMap<String, String> form, Function<MultivaluedMap<String, String>, T> read) {
        try {
            return read.apply(form);
        } catch (IllegalArgumentException e) {
            throw new ConsoleProblem(400, e.getMessage());
        }
    }

    private static String key(MultivaluedMap<String, String> form) {
        String key = form.getFirst("idempotencyKey");
        if (key == null || key.isBlank() || key.length() > 200) {
            throw new ConsoleProblem(400, "the form's key is missing (reload the page)");
        }
        return key;
    }

    /** The service acts on the patient's own guarantor account: make sure that is the account on the screen. */
    private void onAccount(String accountId, String patientId) {
        if (billing.account(accountId).patients().stream().noneMatch(p -> p.patientId().equals(patientId))) {
            throw new ConsoleProblem(400, "patient " + patientId + " is not on account " + accountId);
        }
    }

    private void plan(String accountId, String planId) {
        if (billing.plans(accountId).stream().noneMatch(p -> p.planId().toString().equals(planId))) {
            throw new ConsoleProblem(404, "account " + accountId + " has no payment plan " + planId);
        }
    }

    private void refund(String accountId, String refundId) {
        if (refunds(accountId, true).stream().noneMatch(r -> r.refundId().toString().equals(refundId))) {
            throw new ConsoleProblem(404, "account " + accountId + " has no refund " + refundId);
        }
    }

    private static String firstDue(AccountViews.Plan plan) {
        return plan.installments().isEmpty() ? "" : ", the first due " + plan.installments().get(0).dueDate();
    }
}
