package io.revcycle.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * What every browser journey shares: Debian's chromium driven by Playwright for Java (no browser download), a login
 * on Keycloak's real page, and full-page screenshots into target/screenshots.
 */
final class BrowserJourneys {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("REVCYCLE_CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private BrowserJourneys() {
    }

    /** Closes what {@link #playwright()} and {@link #chromium} opened; either may be null when the class was skipped. */
    static void close(Browser browser, Playwright playwright) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** Skips the calling class (saying why) where no chromium is installed. */
    static Playwright playwright() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no chromium at " + CHROMIUM
                + " (apt-get install chromium, or REVCYCLE_CHROMIUM)");
        // an assertion waits until the page shows what it expects: Playwright's 5 s default was too short for a
        // post through the console to a service on a machine loaded by a whole build (CI saw load average 64)
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    static Browser chromium(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage")));
    }

    static Page login(BrowserContext context, String base, String user) {
        Page page = context.newPage();
        page.navigate(base + "/");
        page.locator("#username").fill(user);
        page.locator("#password").fill(io.revcycle.stack.OidcTokens.demoPassword(user));
        page.locator("#kc-login").click();
        page.waitForURL(base + "/**");
        return page;
    }

    /** Opens a screen from the layout's menu (the "Screens" navigation), as a user would, and waits for it. */
    static void openFromMenu(Page page, String screen, String path) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Screens"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(screen).setExact(true)).click();
        page.waitForURL("**" + path);
    }

    /** Saves the screen after measuring its contrast (ContrastCheck): every screen a journey shows is checked. */
    static void shot(Page page, String name) {
        ContrastCheck.assertReadable(page, name);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
