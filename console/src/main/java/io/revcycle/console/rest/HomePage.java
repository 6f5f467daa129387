package io.revcycle.console.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** The landing page after login: only the screens the user's roles open. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Page page, List<Screen> screens);
    }

    private final SecurityIdentity identity;
    private final Page.Factory pages;

    public HomePage(SecurityIdentity identity, Page.Factory pages) {
        this.identity = identity;
        this.pages = pages;
    }

    @GET
    @Authenticated
    public TemplateInstance home() {
        return Templates.home(pages.of("RevCycle console"), Screen.allowedTo(identity));
    }
}
