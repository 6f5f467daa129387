package io.revcycle.console.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Browser hardening of every console response: no framing (clickjacking of an action button), no MIME sniffing, no
 * referrer (work-list URLs carry payer and account ids), and on pages a Content-Security-Policy that runs only the
 * console's own bundled script and styles — no inline script or style, so injected markup cannot act. PDFs and JSON
 * get no CSP: the browser's PDF viewer is not the console's page.
 */
public class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    @ServerResponseFilter
    public void harden(ContainerRequestContext request, ContainerResponseContext response) {
        var headers = response.getHeaders();
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "no-referrer");
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            headers.putSingle("Content-Security-Policy", CSP);
        }
    }
}
