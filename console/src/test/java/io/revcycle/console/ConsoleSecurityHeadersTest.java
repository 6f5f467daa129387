package io.revcycle.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every page comes with the browser hardening headers, and its markup needs nothing the Content-Security-Policy
 * forbids (an inline script, event handler or style attribute would stop working under it).
 */
@QuarkusTest
@QuarkusTestResource(ConsoleStack.class)
class ConsoleSecurityHeadersTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void shouldSendPagesWithAPolicyTheirMarkupKeeps() {
        ConsoleSession manager = ConsoleSession.login(root.toString().replaceAll("/$", ""), "billing-manager");
        for (String path : List.of("/", "/managers/kpis", "/billing/denials", "/patient-accounts")) {
            HttpResponse<String> page = manager.page(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                            .doesNotContain("unsafe-inline", "unsafe-eval"));
            assertThat(page.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
            assertThat(page.body()).as(path)
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContainPattern("\\son[a-z]+=")
                    .doesNotContainPattern("\\sstyle=")
                    .doesNotContain("<style");
        }
    }
}
