package io.revcycle.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
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
