package io.revcycle.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The coder's, the patient-accounts clerk's and the manager's journeys in a real browser: Debian's chromium driven by
 * Playwright for Java (no browser download), logging in through Keycloak's login page, with the page's own htmx and
 * keyboard handling. The coder also sees the answered query and their productivity; the clerk sets up a payment plan. Screenshots of each screen go to target/screenshots, each measured for contrast first. Skipped when no
 * chromium is installed (.ci/run installs it where apt-get can).
 */
@QuarkusTest
@QuarkusTestResource(ConsoleStack.class)
class ConsoleBrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void browser() {
        playwright = BrowserJourneys.playwright();
        browser = BrowserJourneys.chromium(playwright);
    }

    @AfterAll
    static void close() {
        BrowserJourneys.close(browser, playwright);
    }

    @Test
    void shouldLetACoderCodeAnItemFromTheWorkListAndRaiseAQueryThePhysicianAnswers() {
        CodingData data = new CodingData(ConsoleStack.stack());
        String facility = CodingData.newFacility();
        String first = data.openItem(facility, 8, "410.00");
        String second = data.openItem(facility, 3, "95.00");

        try (BrowserContext coderContext = browser.newContext()) {
            Page coder = login(coderContext, "coder");
            assertThat(coder.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Coding work list")).first())
                    .isVisible();
            shot(coder, "01-home-coder");

            coder.navigate(base() + "/coding/worklist");
            // the unfiltered list may hold just these two rows: wait for htmx to swap in the filtered one, else the
            // focus below lands on a row about to be replaced
            coder.evaluate("document.getElementById('rows').dataset.stale = 'true'");
            coder.getByLabel("Facility").selectOption(new SelectOption().setValue(facility));
            assertThat(coder.locator("#rows:not([data-stale])")).hasCount(1);
            assertThat(coder.locator("#rows a.row-link")).hasCount(2);
            assertThat(coder.locator("#rows a.row-link").first()).hasText(first);
            // keyboard: from the first row's link, ↓ moves to the next row
            coder.locator("#rows a.row-link").first().focus();
            coder.keyboard().press("ArrowDown");
            assertThat(coder.locator("#rows a.row-link").nth(1)).isFocused();
            shot(coder, "02-coding-worklist");

            coder.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next item in this queue")).click();
            coder.waitForURL("**/coding/items/" + first);
            assertThat(coder.locator(".note")).containsText("Blood pressure 152/96");
            shot(coder, "03-coding-workspace");

            coder.getByLabel("Query template").selectOption(new SelectOption().setIndex(0));
            coder.getByLabel("Clinical indicators (one per line)").fill("BP 152/96\nBP 148/94 on recheck");
            coder.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Raise query")).click();
            assertThat(coder.locator("#queries")).containsText("Query raised");
            shot(coder, "04-query-raised");
        }
        assertThat(data.item(first).path("status").asText()).isEqualTo("ON_HOLD");

        try (BrowserContext physicianContext = browser.newContext()) {
            Page physician = login(physicianContext, "physician");
            physician.navigate(base() + "/coding/queries");
            var row = physician.locator("tr", new Page.LocatorOptions().setHasText(first));
            row.getByLabel("Answer").selectOption(new SelectOption().setIndex(1));
            shot(physician, "05-physician-queries");
            row.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Answer")).click();
            assertThat(physician.locator("#query-list")).containsText("Answered");
        }
        assertThat(data.item(first).path("status").asText()).isEqualTo("NEEDS_REVIEW");

        try (BrowserContext coderContext = browser.newContext()) {
            Page coder = login(coderContext, "coder");
            coder.navigate(base() + "/coding/items/" + first);
            assertThat(coder.locator("#queries")).not().containsText("open");
            coder.getByLabel("Diagnosis 2: Essential hypertension").fill("I10");
            coder.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save codes and re-check")).click();
            assertThat(coder.locator("#coding")).containsText("Saved");
            coder.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finalize")).click();
            assertThat(coder.locator("#coding")).containsText("Finalized.");
            shot(coder, "06-finalized");

            // the coder's query, answered: on the list's Answered tab with the physician's name
            BrowserJourneys.openFromMenu(coder, "Physician queries", "/coding/queries");
            Locator answeredTab = coder.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions()
                    .setName("Query status")).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Answered"));
            answeredTab.click();
            assertThat(answeredTab).hasAttribute("aria-current", "page");
            Locator answered = coder.locator("#query-list tbody tr", new Page.LocatorOptions().setHasText(first));
            assertThat(answered.locator("td").nth(2)).hasText("coder");
            assertThat(answered.locator("td").last()).containsText("— physician, ");
            shot(coder, "25-coding-queries");

            // the item just finalized counts in the coder's productivity of today
            BrowserJourneys.openFromMenu(coder, "My productivity", "/coding/productivity");
            assertThat(coder.locator("#items")).hasText(Pattern.compile("[1-9][0-9]*"));
            shot(coder, "26-coding-productivity");
        }
        assertThat(data.item(first).path("status").asText()).isEqualTo("CODED");
        assertThat(data.item(first).path("finalizedBy").asText()).isEqualTo("coder");
        assertThat(data.item(second).path("status").asText()).isEqualTo("NEEDS_REVIEW");
    }

    @Test
    void shouldLetAPatientAccountsClerkFindAnAccountRecordAPaymentAndSetUpAPlan() {
        AccountsData data = new AccountsData(ConsoleStack.stack());
        String patient = AccountsData.newPatient("BROWSER");
        data.adjudicated(patient, "1:40.00", "2:8.20");

        try (BrowserContext context = browser.newContext()) {
            Page clerk = login(context, "patient-accounts");
            clerk.navigate(base() + "/patient-accounts");
            // Enter both changes and submits the filter (one request replaces the other, hx-sync): wait for the
            // swapped-in list and no request in flight before focusing a row that could otherwise be replaced
            clerk.evaluate("document.getElementById('rows').dataset.stale = 'true'");
            clerk.getByLabel("Patient id contains").fill(patient);
            clerk.getByLabel("Patient id contains").press("Enter");
            assertThat(clerk.locator("#rows:not([data-stale])")).hasCount(1);
            assertThat(clerk.locator("#filter.htmx-request")).hasCount(0);
            assertThat(clerk.locator("#rows a.row-link")).hasCount(1);
            shot(clerk, "07-patient-accounts");
            // keyboard: Tab to the row's link, Enter opens the account
            clerk.locator("#rows a.row-link").first().focus();
            clerk.keyboard().press("Enter");
            clerk.waitForURL("**/patient-accounts/" + patient);
            assertThat(clerk.locator("#account-balance")).hasText("48.20");
            shot(clerk, "08-guarantor-account");

            clerk.getByLabel("Amount").fill("30.00");
            clerk.getByLabel("Method").selectOption("CHECK");
            clerk.getByLabel("Receipt or reference").fill("CHK-" + patient);
            clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record payment")).click();
            assertThat(clerk.locator("#money .notice")).containsText("Payment of 30.00 (CHECK");
            assertThat(clerk.locator("#account-balance")).hasText("18.20");
            assertThat(clerk.locator(".ledger tbody tr").last()).containsText("Patient payment");
            assertThat(clerk.locator(".ledger tbody tr").last()).containsText("18.20");
            assertThat(clerk.locator(".ledger tbody tr").last()).containsText("CHECK CHK-" + patient);
            shot(clerk, "09-payment-recorded");

            // the rest in monthly installments of 10.00: 10.00 then 8.20; the account shows the plan
            clerk.getByLabel("Installment", new Page.GetByLabelOptions().setExact(true)).fill("10.00");
            clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set up plan")).click();
            assertThat(clerk.locator("#money .notice"))
                    .containsText("Payment plan set up for " + patient + ": 18.20 in 2 installments of 10.00");
            Locator plan = clerk.locator("table.plans tbody tr");
            assertThat(plan).hasCount(1);
            assertThat(plan.locator("td").first()).hasText("ACTIVE");
            assertThat(plan.locator("td").nth(2)).hasText("18.20");
            assertThat(plan.locator("td").nth(4)).hasText("18.20");
            assertThat(clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Renegotiate plan")))
                    .isVisible();
            assertThat(clerk.locator("form#plan")).hasCount(0);
            shot(clerk, "10-payment-plan");
        }
        assertThat(data.owes(patient)).isEqualByComparingTo("18.20");
        assertThat(data.plans(patient)).hasSize(1);
        assertThat(data.plans(patient).get(0).path("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void shouldLetABillingManagerWriteOffASmallBalanceWithAReason() {
        AccountsData data = new AccountsData(ConsoleStack.stack());
        String patient = AccountsData.newPatient("WRITEOFF-B");
        data.adjudicated(patient, "1:5.37");

        try (BrowserContext context = browser.newContext()) {
            Page manager = login(context, "billing-manager");
            manager.navigate(base() + "/patient-accounts/" + patient);
            assertThat(manager.locator("#account-balance")).hasText("5.37");
            Locator form = manager.locator("form#write-off");
            form.getByLabel("Type").selectOption("SMALL_BALANCE");
            form.getByLabel("Amount (blank: everything owed)").fill("5.36");
            form.getByLabel("Reason").fill("small balance");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Write off")).click();
            assertThat(manager.locator("#money .notice"))
                    .containsText("Write-off (SMALL_BALANCE) of 5.36 posted for " + patient);
            assertThat(manager.locator("#account-balance")).hasText("0.01");
            assertThat(manager.locator(".ledger tbody tr").last()).containsText("Write-off: small balance");
            shot(manager, "28-write-off");
        }
        assertThat(data.owes(patient)).isEqualByComparingTo("0.01");
    }

    @Test
    void shouldReportTextAndFocusRingsBelowTheContrastRatio() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setContent("<body style=\"background:#fff\"><p style=\"color:#999\">Aging 95 days</p>"
                    + "<a href=\"#x\" style=\"outline:3px solid #f0a400\">work list</a></body>");
            assertThatThrownBy(() -> ContrastCheck.assertReadable(page, "low-contrast sample"))
                    .hasMessageContaining("Aging 95 days").hasMessageContaining("2.85:1")
                    .hasMessageContaining("focus outline");
        }
    }

    @Test
    void shouldLeaveTheFocusWhereTheJourneyPutIt() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setContent("<body style=\"background:#fff\"><a href=\"#a\" style=\"outline:3px solid #b35900\">first</a>"
                    + "<label>Payer <input id=\"payer\"></label></body>");
            page.locator("#payer").focus();
            ContrastCheck.assertReadable(page, "focused sample");
            assertThat(page.locator("#payer")).isFocused();
        }
    }

    @Test
    void shouldLetAManagerDrillFromTheDenialParetoToTheDenialWorkList() {
        // a denial out of the real loop: claims-service raises it, revenue-insights takes it in from the broker
        BillingData data = new BillingData(ConsoleStack.stack());
        long denialId = data.deniedLine();
        String category = data.categoryOfDenial(denialId);

        try (BrowserContext context = browser.newContext()) {
            Page manager = login(context, "billing-manager");
            manager.navigate(base() + "/managers/kpis");
            Locator bar = manager.locator("a.pareto-bar", new Page.LocatorOptions()
                    .setHasText(category + " · " + BillingData.DENYING_PAYER));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
                manager.reload();
                return bar.count() == 1;
            });
            assertThat(manager.locator("#kpi-netDaysInAr")).containsText("≤ 40.0 days");
            shot(manager, "20-manager-kpis");
            bar.click();
            manager.waitForURL("**/billing/denials?payerId=" + BillingData.DENYING_PAYER + "&category=" + category);
            assertThat(manager.getByLabel("Payer")).hasValue(BillingData.DENYING_PAYER);
            assertThat(manager.getByLabel("Category")).hasValue(category);
            assertThat(manager.locator("a.row-link[href='/billing/denials/" + denialId + "']")).isVisible();
            shot(manager, "21-denials-from-pareto");
        }
    }

    private Page login(BrowserContext context, String user) {
        return BrowserJourneys.login(context, base(), user);
    }

    private String base() {
        return root.toString().replaceAll("/$", "");
    }

    private static void shot(Page page, String name) {
        BrowserJourneys.shot(page, name);
    }
}
