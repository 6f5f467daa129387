package io.revcycle.security;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, from the verified token ({@code preferred_username}, quarkus.oidc.token.principal-claim): what
 * who-did-it fields record (finalizedBy, overriddenBy, released by), never a name taken from the request body.
 */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        if (identity.isAnonymous()) {
            throw new IllegalStateException("no caller: the endpoint must require a role");
        }
        return identity.getPrincipal().getName();
    }
}
