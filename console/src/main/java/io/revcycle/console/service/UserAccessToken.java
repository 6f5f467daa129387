package io.revcycle.console.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import io.quarkus.oidc.AccessTokenCredential;

/**
 * Every call to a service carries the logged-in user's own access token from the code flow (realm roles, the
 * services as audience): the service checks the user's roles and records the user in its audit trail, as when the
 * user calls its API directly. The console holds no service account of its own.
 */
@ApplicationScoped
public class UserAccessToken implements ClientHeadersFactory {

    private final Instance<AccessTokenCredential> token;

    public UserAccessToken(Instance<AccessTokenCredential> token) {
        this.token = token;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle("Authorization", "Bearer " + token.get().getToken());
        return headers;
    }
}
