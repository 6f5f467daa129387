package io.revcycle.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The billing journey in a real browser (Debian's chromium, Playwright for Java): a biller fixes a claim the payer's
 * 277CA rejected (correction queue → fix → re-validate) and notes a denial for the specialist, who works it to an
 * appeal. The claim and the denial come out of the real X12 loop. Screenshots of each screen in target/screenshots.
 */
@QuarkusTest
@QuarkusTestResource(ConsoleStack.class)
class ConsoleBillingBrowserTest {

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
    void shouldLetABillerFixARejectedClaimAndWorkADenialToAnAppeal() {
        BillingData data = new BillingData(ConsoleStack.stack());
        BillingData.Rejected rejected = data.rejectedClaim();
        long denialId = data.deniedLine();
        String base = root.toString().replaceAll("/$", "");

        try (BrowserContext context = browser.newContext()) {
            Page biller = BrowserJourneys.login(context, base, "biller");
            biller.navigate(base + "/billing/corrections");
            var row = biller.locator("#rows a.row-link", new Page.LocatorOptions().setHasText(rejected.claimId()));
            assertThat(row).isVisible();
            BrowserJourneys.shot(biller, "11-correction-queue");
            // keyboard: the queue's rows are reached and opened from the keyboard
            row.focus();
            biller.keyboard().press("Enter");
            biller.waitForURL("**/billing/corrections/" + rejected.claimId());
            assertThat(biller.locator("#fix")).containsText("277CA");
            BrowserJourneys.shot(biller, "12-correction-claim");

            biller.getByLabel("Member id").fill(rejected.payerMemberId());
            biller.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save correction")).click();
            assertThat(biller.locator("#fix")).containsText("Saved.");
            biller.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Re-validate and resend")).click();
            assertThat(biller.locator("#fix")).containsText("Re-validated: clean");
            BrowserJourneys.shot(biller, "13-correction-resent");

            biller.navigate(base + "/billing/denials");
            biller.locator("a.row-link[href='/billing/denials/" + denialId + "']").click();
            biller.waitForURL("**/billing/denials/" + denialId);
            biller.getByLabel("Note").fill("Knee injection denied CO-96: chart shows effusion, please appeal.");
            biller.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note")).click();
            assertThat(biller.locator("#work")).containsText("Note added.");
            BrowserJourneys.shot(biller, "14-denial-noted");
        }
        assertThat(data.claim(rejected.claimId()).path("memberId").asText()).isEqualTo(rejected.payerMemberId());

        try (BrowserContext context = browser.newContext()) {
            Page specialist = BrowserJourneys.login(context, base, "denial-specialist");
            specialist.navigate(base + "/billing/denials/" + denialId);
            assertThat(specialist.locator("#work")).containsText("chart shows effusion");
            specialist.getByLabel("Who works it").fill("denial-specialist");
            specialist.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true)).first()
                    .fill("knee injections are mine this month");
            specialist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign")).click();
            assertThat(specialist.locator("#work")).containsText("Assigned to denial-specialist");
            specialist.getByLabel("Argument (the reason for the appeal)")
                    .fill("Effusion of the right knee documented on exam; the aspiration was medically necessary.");
            specialist.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write appeal")).click();
            assertThat(specialist.locator("#work")).containsText("the letter is linked below");
            assertThat(specialist.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Appeal letter (PDF)")))
                    .isVisible();
            BrowserJourneys.shot(specialist, "15-denial-appealed");
        }
    }
}
