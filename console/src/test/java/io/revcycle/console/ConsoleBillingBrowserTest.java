package io.revcycle.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The billing journey in a real browser (Debian's chromium, Playwright for Java): a biller fixes a claim the payer's
 * 277CA rejected (correction queue → fix → re-validate), finds its batch on the submission monitor, notes a denial from
 * the work list for the specialist and looks up the claim's timeline; the specialist works the denial to an appeal,
 * matches an unmatched payment (the same 835 with its CLP01 garbled: recorded as a duplicate) on the ERA list and opens the ERA and the claim's
 * remittance. The claims, files and denial come out of the real X12 loop. Screenshots of each screen in
 * target/screenshots.
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
        String batch = data.openCorrectionBatch(rejected.claimId());
        long denialId = data.deniedLine();
        String deniedClaim = data.claimOfDenial(denialId);
        String era = data.eraOf(deniedClaim);
        String garbled = data.garbledRemittanceOf(deniedClaim);
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

            // the batch (ISA13) the payer's 277CA answered counts that rejection as the payer's
            BrowserJourneys.openFromMenu(biller, "Submission monitor", "/billing/submissions");
            Locator cells = biller.locator("table.batches tbody tr", new Page.LocatorOptions().setHasText(batch))
                    .locator("td");
            assertThat(cells.nth(4)).hasText(batch);
            assertThat(cells.nth(7)).hasText(Pattern.compile("[1-9][0-9]*"));
            assertThat(biller.locator("dl.amounts")).containsText("by the payer's front end (277CA)");
            BrowserJourneys.shot(biller, "16-submission-monitor");
            // the batch opens on its claims: the corrected claim as the payer's 277CA rejected it in this batch
            cells.nth(4).getByRole(AriaRole.LINK).click();
            biller.waitForURL("**/billing/submissions/batches/*");
            assertThat(biller.locator("table.batch-claims tbody tr[data-claim='" + rejected.claimId() + "']"))
                    .hasAttribute("data-acknowledgment", "REJECTED_277CA");
            BrowserJourneys.shot(biller, "27-submission-batch");

            // the denial in words: payer, CARC and RARC described, the amount
            BrowserJourneys.openFromMenu(biller, "Denial work list", "/billing/denials");
            Locator denial = biller.locator("#rows tbody tr", new Page.LocatorOptions()
                    .setHas(biller.locator("a.row-link[href='/billing/denials/" + denialId + "']")));
            assertThat(denial).containsText(BillingData.DENYING_PAYER);
            assertThat(denial.locator("td").nth(3)).hasText(Pattern.compile("^CO-96: \\S.+"));
            assertThat(denial.locator("td").nth(4)).hasText(Pattern.compile("^N425: \\S.+"));
            BrowserJourneys.shot(biller, "24-denial-worklist");
            denial.locator("a.row-link").click();
            biller.waitForURL("**/billing/denials/" + denialId);
            biller.getByLabel("Note").fill("Knee injection denied CO-96: chart shows effusion, please appeal.");
            biller.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add note")).click();
            assertThat(biller.locator("#work")).containsText("Note added.");
            BrowserJourneys.shot(biller, "14-denial-noted");

            // the claim timeline, looked up by the claim's id from the menu: built, sent, adjudicated, then the note
            BrowserJourneys.openFromMenu(biller, "Claim timeline", "/billing/claims");
            BrowserJourneys.shot(biller, "22-claim-lookup");
            biller.getByLabel("Claim id").fill(deniedClaim);
            biller.getByLabel("Claim id").press("Enter");
            biller.waitForURL("**/billing/claims/" + deniedClaim);
            assertThat(biller.locator("dd[data-status]")).hasText("PARTIALLY_DENIED");
            assertThat(biller.locator("table.timeline tbody td strong").allTextContents())
                    .containsSubsequence("READY", "SENT", "PARTIALLY_DENIED");
            assertThat(biller.locator("table.timeline tbody tr").last()).containsText("note added by biller");
            BrowserJourneys.shot(biller, "23-claim-timeline");
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

            // the ERAs: a payment whose CLP01 the payer garbled waits unmatched; matched to its claim with a reason
            BrowserJourneys.openFromMenu(specialist, "ERAs", "/billing/remittances");
            Locator payment = specialist.locator("#unmatched tbody tr", new Page.LocatorOptions().setHasText(garbled));
            assertThat(payment).hasCount(1);
            assertThat(specialist.locator("table.files a.row-link[href='/billing/remittances/files/" + era + "']"))
                    .isVisible();
            BrowserJourneys.shot(specialist, "17-era-list");
            payment.getByLabel("Claim id").fill(deniedClaim);
            payment.getByLabel("Reason").fill("CLP01 garbled; CLP07 and amounts match");
            payment.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Match and post")).click();
            // it is the claim's posted payment again: recorded as its duplicate, nothing paid twice
            assertThat(specialist.locator("#unmatched .notice")).containsText("Matched to " + deniedClaim);
            assertThat(specialist.locator("#unmatched .notice")).containsText("recorded as a duplicate");
            assertThat(specialist.locator("#unmatched")).not().containsText(garbled);

            // the payer's ERA of the denied claim, its payment to the claim, the adjustments in words
            specialist.locator("table.files a.row-link[href='/billing/remittances/files/" + era + "']").click();
            specialist.waitForURL("**/billing/remittances/files/" + era);
            Locator claimPayment = specialist.locator("table.payments tbody tr", new Page.LocatorOptions()
                    .setHasText(deniedClaim));
            assertThat(claimPayment).containsText("POSTED");
            BrowserJourneys.shot(specialist, "18-era-file");
            claimPayment.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(deniedClaim)).click();
            specialist.waitForURL("**/billing/remittances/claims/" + deniedClaim);
            Locator denied = specialist.locator("table.lines tbody tr.error");
            assertThat(denied).containsText("20610");
            assertThat(denied).containsText(Pattern.compile("CO-96 [0-9.]+: \\S"));
            assertThat(denied).containsText(Pattern.compile("N425: \\S"));
            assertThat(specialist.locator("table.postings")).not().containsText("CLP01 garbled");
            BrowserJourneys.shot(specialist, "19-era-claim");
        }
    }
}
