package io.revcycle.console.rest;

import java.net.URI;

import jakarta.ws.rs.core.Response;

/**
 * After an action: a plain form post (no script) follows a 303; htmx would follow that redirect inside its request
 * and swap the whole next page into the fragment, so it gets a 200 with HX-Redirect and navigates itself.
 */
final class Navigation {
    static final String HTMX = "HX-Request";

    private Navigation() {
    }

    static Response to(String path, String htmxHeader) {
        if ("true".equals(htmxHeader)) {
            return Response.ok().header("HX-Redirect", path).build();
        }
        return Response.seeOther(URI.create(path)).build();
    }
}
