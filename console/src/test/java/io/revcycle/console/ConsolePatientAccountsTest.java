package io.revcycle.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The patient-accounts screens over HTTP: logged in through the real Keycloak as the realm's demo users, calling the
 * real patient-billing-service with the user's token, on ledgers posted from real ClaimAdjudicated events.
 */
@QuarkusTest
@QuarkusTestResource(ConsoleStack.class)
class ConsolePatientAccountsTest {

    private static final Pattern KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");
    private static final Pattern ROW_LINK = Pattern.compile("class=\"row-link\" href=\"/patient-accounts/find\\?id=([^\"]+)\"");

    @TestHTTPResource("/")
    URL root;

    private AccountsData data;

    @BeforeEach
    void data() {
        data = new AccountsData(ConsoleStack.stack());
    }

    private String base() {
        return root.toString().replaceAll("/$", "");
    }

    @Test
    void shouldShowTheAccountsLedgerAndRecordAPaymentOnceWithItsReceipt() {
        String patient = AccountsData.newPatient("LEDGER");
        String encounter = data.adjudicated(patient, "1:30.00", "3:25.00");
        data.plan(patient, "25.00");
        JsonNode run = data.statementRun();
        ConsoleSession clerk = ConsoleSession.login(base(), "patient-accounts");

        // found by patient id: a patient is their own guarantor until put under another account
        HttpResponse<String> page = clerk.page("/patient-accounts/find?id=" + patient);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/patient-accounts/" + patient);
        String html = page.body();
        assertThat(html).contains("id=\"account-balance\">55.00<", "fetched ");
        // the encounter: charges, insurance paid, contractual adjustment, what the patient owes, nothing in collections
        assertThat(html).containsPattern("<td>" + encounter + "</td><td>" + patient + "</td><td>[^<]+</td>"
                + "<td class=\"num\">1000.00</td>\\s*<td class=\"num\">745.00</td><td class=\"num\">200.00</td>"
                + "<td class=\"num\">55.00</td>\\s*<td class=\"num\">0.00</td>");
        // the ledger: each posting's change to insurance and patient receivables, the patient balance after it
        assertThat(ledger(html)).containsExactly(
                "CHARGE|1000.00||0.00", "INSURANCE_PAYMENT|-745.00||0.00", "CONTRACTUAL_ADJUSTMENT|-200.00||0.00",
                "TRANSFER_DEDUCTIBLE|-30.00|30.00|30.00", "TRANSFER_COPAY|-25.00|25.00|55.00");
        assertThat(html).contains("No payments recorded.", "Never placed in collections.");
        // the plan (three installments of 25.00, 25.00, 5.00) and the statement with its PDF through the console
        assertThat(html).contains("<td>ACTIVE</td><td>" + patient + "</td><td class=\"num\">55.00</td>");
        String statementId = html.replaceAll("(?s).*href=\"/patient-accounts/statements/([0-9a-f-]{36})/pdf\".*", "$1");
        assertThat(statementId).hasSize(36);
        assertThat(run.toString()).isNotEmpty();
        HttpResponse<String> pdf = clerk.page("/patient-accounts/statements/" + statementId + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(pdf.body()).startsWith("%PDF");
        ConsoleCodingTest.assertEveryControlLabelled(html);

        // a payment of 20.00 with its receipt; the same form posted twice (a double click) records it once
        Map<String, List<String>> form = payment(html, patient, "20.00", "RCPT-" + patient);
        HttpResponse<String> paid = clerk.post("/patient-accounts/" + patient + "/payments", form);
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        assertThat(paid.body().strip()).startsWith("<div id=\"money\">").doesNotContain("<html");
        assertThat(paid.body()).contains("Payment of 20.00 (CARD, RCPT-" + patient + ") recorded",
                "the account owes 35.00", "id=\"account-balance\">35.00<", "fetched ");
        assertThat(ledger(paid.body())).endsWith("PATIENT_PAYMENT||-20.00|35.00");
        // the ledger row names the payment by its method and receipt, not by the service's payment id
        assertThat(paid.body()).contains("<td>CARD RCPT-" + patient + "</td>");
        assertThat(paid.body()).containsPattern("<td>" + patient + "</td><td class=\"num\">20.00</td>\\s*<td>CARD</td>"
                + "<td>RCPT-" + patient + "</td><td class=\"num\">35.00</td>");
        // the plan's first installment took it
        assertThat(paid.body()).contains("1. ", ": 20.00 of 25.00");
        HttpResponse<String> again = clerk.post("/patient-accounts/" + patient + "/payments", form);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("id=\"account-balance\">35.00<");
        JsonNode account = data.account(patient);
        assertThat(account.path("payments")).hasSize(1);
        assertThat(account.path("balance").decimalValue()).isEqualByComparingTo("35.00");

        HttpResponse<String> fragment = clerk.fragment("/patient-accounts/" + patient + "/money");
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body().strip()).startsWith("<div id=\"money\">").contains("35.00", "fetched ");
    }

    @Test
    void shouldRefuseABadPaymentInWordsAndChangeNothing() {
        String patient = AccountsData.newPatient("REFUSED");
        data.adjudicated(patient, "2:12.40");
        ConsoleSession clerk = ConsoleSession.login(base(), "patient-accounts");
        String html = clerk.page("/patient-accounts/" + patient).body();

        HttpResponse<String> notAmount = clerk.post("/patient-accounts/" + patient + "/payments",
                payment(html, patient, "twelve", "RCPT-1"));
        assertThat(notAmount.statusCode()).isEqualTo(400);
        assertThat(notAmount.body()).contains("role=\"alert\"", "decimal amount");
        HttpResponse<String> noReceipt = clerk.post("/patient-accounts/" + patient + "/payments",
                payment(html, patient, "5.00", ""));
        assertThat(noReceipt.statusCode()).isEqualTo(400);
        assertThat(noReceipt.body()).contains("the receipt or reference is required");
        // the service's own rule, in its words: nothing above 0.00 is no payment
        HttpResponse<String> zero = clerk.post("/patient-accounts/" + patient + "/payments",
                payment(html, patient, "0.00", "RCPT-0"));
        assertThat(zero.statusCode()).isEqualTo(422);
        assertThat(zero.body()).contains("role=\"alert\"").doesNotContain("<html");
        HttpResponse<String> otherPatient = clerk.post("/patient-accounts/" + patient + "/payments",
                payment(html, AccountsData.newPatient("OTHER"), "5.00", "RCPT-2"));
        assertThat(otherPatient.statusCode()).isEqualTo(400);
        assertThat(data.account(patient).path("payments")).isEmpty();
        assertThat(data.owes(patient)).isEqualByComparingTo("12.40");
        assertThat(clerk.page("/patient-accounts/find?id=PAT-NOT-THERE").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldListPatientsOwingHighestFirstAndKeepCodersOut() {
        String tag = "LIST" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String small = AccountsData.newPatient(tag);
        String large = AccountsData.newPatient(tag);
        data.adjudicated(small, "3:15.00");
        data.adjudicated(large, "1:150.00", "2:7.35");
        ConsoleSession clerk = ConsoleSession.login(base(), "patient-accounts");

        String home = clerk.page("/").body();
        assertThat(home).contains("href=\"/patient-accounts\"").doesNotContain("href=\"/coding/worklist\"");
        HttpResponse<String> page = clerk.page("/patient-accounts?q=" + tag);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(rowIds(page.body())).containsExactly(large, small);
        assertThat(page.body()).contains("data-balance=\"" + large + "\">157.35<", "data-balance=\"" + small + "\">15.00<",
                "data-keyboard-list", "fetched ");
        ConsoleCodingTest.assertEveryControlLabelled(page.body());
        HttpResponse<String> rows = clerk.fragment("/patient-accounts/rows?q=" + tag + "&minBalance=100.00");
        assertThat(rows.body().strip()).startsWith("<div id=\"rows\">");
        assertThat(rowIds(rows.body())).containsExactly(large);
        assertThat(clerk.fragment("/patient-accounts/rows?minBalance=lots").statusCode()).isEqualTo(400);

        // a billing manager reads the account but records no payment (the service's matrix: clerks only)
        ConsoleSession manager = ConsoleSession.login(base(), "billing-manager");
        String read = manager.page("/patient-accounts/" + large).body();
        assertThat(read).contains("id=\"account-balance\">157.35<").doesNotContain("Record a payment");
        assertThat(manager.post("/patient-accounts/" + large + "/payments", Map.of("patientId", List.of(large)))
                .statusCode()).isEqualTo(403);

        ConsoleSession coder = ConsoleSession.login(base(), "coder");
        assertThat(coder.page("/").body()).doesNotContain("href=\"/patient-accounts\"");
        assertThat(coder.page("/patient-accounts").statusCode()).isEqualTo(403);
        assertThat(coder.page("/patient-accounts/" + large).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldSetUpRenegotiateAndCancelAPaymentPlanWithReasons() {
        String patient = AccountsData.newPatient("PLAN");
        data.adjudicated(patient, "1:30.00", "3:25.00");
        ConsoleSession clerk = ConsoleSession.login(base(), "patient-accounts");
        String html = clerk.page("/patient-accounts/" + patient).body();
        assertThat(html).contains("Set up a payment plan").doesNotContain("Write off what a patient owes");
        ConsoleCodingTest.assertEveryControlLabelled(html);
        String due = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();
        String plans = "/patient-accounts/" + patient + "/plans";

        // the amount is read strictly: no exponent, no third decimal
        assertThat(clerk.post(plans, keyed(html, "patientId", patient, "installmentAmount", "2e1")).body())
                .contains("role=\"alert\"", "decimal amount");
        assertThat(clerk.post(plans, keyed(html, "patientId", patient, "installmentAmount", "20.005")).statusCode())
                .isEqualTo(400);
        // 55.00 in installments of 20.00: 20.00, 20.00, 15.00; the same form posted twice sets up one plan
        Map<String, List<String>> setUp = keyed(html, "patientId", patient, "installmentAmount", "20.00",
                "firstDueDate", due);
        HttpResponse<String> planned = clerk.post(plans, setUp);
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
        assertThat(planned.body().strip()).startsWith("<div id=\"money\">");
        assertThat(planned.body()).contains("Payment plan set up for " + patient + ": 55.00 in 3 installments of 20.00, "
                + "the first due " + due + ".", "<td>ACTIVE</td><td>" + patient + "</td><td class=\"num\">55.00</td>",
                ": 0.00 of 15.00").doesNotContain("Set up a payment plan");
        assertThat(clerk.post(plans, setUp).statusCode()).isEqualTo(200);
        assertThat(data.plans(patient)).hasSize(1);
        // a second plan while one is active: the service's 409 in its words, nothing set up
        HttpResponse<String> second = clerk.post(plans, keyed(planned.body(), "patientId", patient,
                "installmentAmount", "10.00"));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("role=\"alert\"", "already has an active payment plan");
        assertThat(data.plans(patient)).hasSize(1);

        // renegotiating takes a reason; with one, the plan is replaced by one of the new terms
        String planId = data.plans(patient).get(0).path("planId").asText();
        String plan = "/patient-accounts/" + patient + "/plans/" + planId;
        assertThat(clerk.post(plan + "/renegotiation", keyed(planned.body(), "installmentAmount", "30.00"))
                .body()).contains("a reason is required");
        assertThat(data.plans(patient).get(0).path("status").asText()).isEqualTo("ACTIVE");
        HttpResponse<String> renegotiated = clerk.post(plan + "/renegotiation", keyed(planned.body(),
                "installmentAmount", "30.00", "firstDueDate", due, "reason", "hours cut"));
        assertThat(renegotiated.statusCode()).as(renegotiated.body()).isEqualTo(200);
        assertThat(renegotiated.body()).contains("Payment plan renegotiated: the new plan spreads 55.00 over 2 "
                + "installments of 30.00", "<td>RENEGOTIATED (hours cut)</td>", ": 0.00 of 25.00");
        JsonNode replaced = data.plans(patient);
        assertThat(replaced).hasSize(2);
        assertThat(replaced.get(0).path("status").asText()).isEqualTo("RENEGOTIATED");
        assertThat(replaced.get(0).path("replacedByPlanId").asText()).isEqualTo(replaced.get(1).path("planId").asText());
        assertThat(replaced.get(1).path("status").asText()).isEqualTo("ACTIVE");

        // the new plan cancelled with a reason: the set-up form is offered again
        String newPlan = "/patient-accounts/" + patient + "/plans/" + replaced.get(1).path("planId").asText();
        HttpResponse<String> cancelled = clerk.post(newPlan + "/cancellation", keyed(renegotiated.body(),
                "reason", "patient asked"));
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.body()).contains("cancelled; dunning resumes", "<td>CANCELLED (patient asked)</td>",
                "Set up a payment plan");
        assertThat(data.plans(patient).get(1).path("status").asText()).isEqualTo("CANCELLED");
        // the old plan is no longer active: the service refuses to cancel it (409), in its words
        HttpResponse<String> old = clerk.post(plan + "/cancellation", keyed(cancelled.body(), "reason", "again"));
        assertThat(old.statusCode()).isEqualTo(409);
        assertThat(old.body()).contains("role=\"alert\"", "RENEGOTIATED");
    }

    @Test
    void shouldRefundACreditBalanceRequestedByAClerkApprovedByAnotherAndIssued() {
        String patient = AccountsData.newPatient("REFUND");
        data.adjudicated(patient, "2:12.40");
        ConsoleSession clerk = ConsoleSession.login(base(), "patient-accounts");
        String account = "/patient-accounts/" + patient;
        String html = clerk.page(account).body();
        assertThat(html).doesNotContain("Request a refund");
        // 20.00 paid on 12.40 owed leaves a credit of 7.60
        HttpResponse<String> paid = clerk.post(account + "/payments", payment(html, patient, "20.00", "RCPT-" + patient));
        assertThat(paid.body()).contains("Request a refund of the credit balance (7.60)", "No refund requested.");
        ConsoleCodingTest.assertEveryControlLabelled(paid.body());

        // more than the credit: the service's 422 in its words; without a reason: the console's 400; nothing requested
        HttpResponse<String> tooMuch = clerk.post(account + "/refunds", keyed(paid.body(), "patientId", patient,
                "amount", "50.00", "reason", "overpaid"));
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("role=\"alert\"", "the account holds 7.60");
        assertThat(clerk.post(account + "/refunds", keyed(paid.body(), "patientId", patient, "amount", "5.00"))
                .statusCode()).isEqualTo(400);
        assertThat(refundsOf(patient, null)).isEmpty();

        HttpResponse<String> requested = clerk.post(account + "/refunds", keyed(paid.body(), "patientId", patient,
                "amount", "5.00", "reason", "overpaid"));
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(200);
        assertThat(requested.body()).contains("Refund of 5.00 to " + patient + " requested",
                "<td>REQUESTED</td><td>" + patient + "</td><td class=\"num\">5.00</td><td>overpaid</td>")
                .doesNotContain("Approve refund");
        String clerksRefund = refundsOf(patient, null).get(0).path("refundId").asText();
        assertThat(clerk.post(account + "/refunds/" + clerksRefund + "/approve", Map.of()).statusCode()).isEqualTo(403);

        // a billing manager may not approve their own request (the service's 409, in its words), but the clerk's
        ConsoleSession manager = ConsoleSession.login(base(), "billing-manager");
        String managers = manager.page(account).body();
        HttpResponse<String> own = manager.post(account + "/refunds", keyed(managers, "patientId", patient,
                "amount", "2.60", "reason", "rest of the credit"));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        String ownRefund = refundsOf(patient, null).get(1).path("refundId").asText();
        HttpResponse<String> selfApproved = manager.post(account + "/refunds/" + ownRefund + "/approve",
                keyed(managers));
        assertThat(selfApproved.statusCode()).isEqualTo(409);
        assertThat(selfApproved.body()).contains("role=\"alert\"", "someone other than its requester");
        assertThat(refundsOf(patient, null).get(1).path("status").asText()).isEqualTo("REQUESTED");
        Map<String, List<String>> approve = keyed(manager.page(account).body());
        HttpResponse<String> approved = manager.post(account + "/refunds/" + clerksRefund + "/approve", approve);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(approved.body()).contains("Refund of 5.00 to " + patient + " approved", "Issue refund");
        // a double click: the service answers the first approval again, not a 409
        String approvedAt = refundsOf(patient, null).get(0).path("approvedAt").asText();
        HttpResponse<String> again = manager.post(account + "/refunds/" + clerksRefund + "/approve", approve);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(refundsOf(patient, null).get(0).path("approvedAt").asText()).isEqualTo(approvedAt);

        // issued by the clerk (twice, as a double click): one REFUND on the ledger, the credit down to 2.60
        Map<String, List<String>> issue = keyed(clerk.page(account).body(), "method", "CHECK", "reference",
                "CHK-" + patient);
        HttpResponse<String> issued = clerk.post(account + "/refunds/" + clerksRefund + "/issue", issue);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        assertThat(issued.body()).contains("Refund of 5.00 to " + patient + " issued (CHECK, CHK-" + patient + ")");
        assertThat(ledger(issued.body())).endsWith("REFUND||5.00|-2.60");
        assertThat(clerk.post(account + "/refunds/" + clerksRefund + "/issue", issue).statusCode()).isEqualTo(200);
        assertThat(ledger(clerk.fragment(account + "/money").body())).filteredOn(r -> r.startsWith("REFUND"))
                .hasSize(1);
        assertThat(data.account(patient).path("creditBalance").decimalValue()).isEqualByComparingTo("2.60");
        assertThat(refundsOf(patient, "ISSUED")).singleElement()
                .satisfies(r -> assertThat(r.path("approvedBy").asText()).isEqualTo("billing-manager"));
    }

    @Test
    void shouldWriteOffASmallBalanceAsABillingManagerOnly() {
        String patient = AccountsData.newPatient("WRITEOFF");
        data.adjudicated(patient, "1:5.37");
        String account = "/patient-accounts/" + patient;
        ConsoleSession clerk = ConsoleSession.login(base(), "patient-accounts");
        String clerks = clerk.page(account).body();
        assertThat(clerks).doesNotContain("Write off what a patient owes");
        assertThat(clerk.post(account + "/write-offs", keyed(clerks, "patientId", patient, "type", "SMALL_BALANCE",
                "reason", "small")).statusCode()).isEqualTo(403);

        ConsoleSession manager = ConsoleSession.login(base(), "billing-manager");
        String html = manager.page(account).body();
        assertThat(html).contains("Write off what a patient owes");
        ConsoleCodingTest.assertEveryControlLabelled(html);
        // more than owed: the service's 422 in its words; no reason or a bad amount: the console's 400; nothing posted
        HttpResponse<String> tooMuch = manager.post(account + "/write-offs", keyed(html, "patientId", patient,
                "type", "SMALL_BALANCE", "amount", "9.99", "reason", "small balance"));
        assertThat(tooMuch.statusCode()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("role=\"alert\"", "exceeds the 5.37 owed");
        assertThat(manager.post(account + "/write-offs", keyed(html, "patientId", patient, "type", "SMALL_BALANCE",
                "amount", "5.36")).body()).contains("a reason is required");
        assertThat(manager.post(account + "/write-offs", keyed(html, "patientId", patient, "type", "SMALL_BALANCE",
                "amount", "5,36", "reason", "small balance")).statusCode()).isEqualTo(400);
        assertThat(data.owes(patient)).isEqualByComparingTo("5.37");

        // 5.36 of 5.37 written off, posted once although sent twice: the ledger shows it, 0.01 is left
        Map<String, List<String>> writeOff = keyed(html, "patientId", patient, "type", "SMALL_BALANCE",
                "amount", "5.36", "reason", "small balance");
        HttpResponse<String> written = manager.post(account + "/write-offs", writeOff);
        assertThat(written.statusCode()).as(written.body()).isEqualTo(200);
        assertThat(written.body()).contains("Write-off (SMALL_BALANCE) of 5.36 posted for " + patient,
                "id=\"account-balance\">0.01<");
        assertThat(ledger(written.body())).endsWith("WRITE_OFF_SMALL_BALANCE||-5.36|0.01");
        assertThat(manager.post(account + "/write-offs", writeOff).statusCode()).isEqualTo(200);
        assertThat(data.owes(patient)).isEqualByComparingTo("0.01");

        ConsoleSession coder = ConsoleSession.login(base(), "coder");
        assertThat(coder.post(account + "/write-offs", writeOff).statusCode()).isEqualTo(403);
        assertThat(coder.post(account + "/plans", keyed(html, "patientId", patient, "installmentAmount", "1.00"))
                .statusCode()).isEqualTo(403);
    }

    /** The refunds of one patient (on its own account) as the service lists them by account. */
    private List<JsonNode> refundsOf(String patient, String status) {
        List<JsonNode> refunds = new ArrayList<>();
        data.refunds(patient, status).forEach(refunds::add);
        return refunds;
    }

    /** A form of the account screen with the key of the rendering it came from, fields as name, value pairs. */
    private static Map<String, List<String>> keyed(String html, String... fields) {
        Matcher key = KEY.matcher(html);
        assertThat(key.find()).as("the forms' key").isTrue();
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("idempotencyKey", List.of(key.group(1)));
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], List.of(fields[i + 1]));
        }
        return form;
    }

    private static Map<String, List<String>> payment(String html, String patient, String amount, String reference) {
        Matcher key = KEY.matcher(html);
        assertThat(key.find()).as("the payment form's key").isTrue();
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("idempotencyKey", List.of(key.group(1)));
        form.put("patientId", List.of(patient));
        form.put("amount", List.of(amount));
        form.put("method", List.of("CARD"));
        form.put("reference", List.of(reference));
        form.put("encounterId", List.of(""));
        return form;
    }

    /** The ledger's rows as type|insurance|patient|patient balance. */
    private static List<String> ledger(String html) {
        Matcher table = Pattern.compile("(?s)<table class=\"grid ledger\">.*?</table>").matcher(html);
        assertThat(table.find()).isTrue();
        Matcher row = Pattern.compile("(?s)<tr data-type=\"([A-Z_]+)\">(.*?)</tr>").matcher(table.group());
        List<String> rows = new ArrayList<>();
        while (row.find()) {
            Matcher nums = Pattern.compile("<td class=\"num\">([^<]*)</td>").matcher(row.group(2));
            List<String> cells = new ArrayList<>();
            while (nums.find()) {
                cells.add(nums.group(1));
            }
            rows.add(row.group(1) + "|" + String.join("|", cells));
        }
        return rows;
    }

    private static List<String> rowIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = ROW_LINK.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
