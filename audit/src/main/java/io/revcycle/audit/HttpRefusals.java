package io.revcycle.audit;

import java.time.Instant;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Refusals that never reach a REST resource: a token that fails verification (bad signature, expired, wrong
 * audience) is answered 401 by the HTTP layer before any resource matches. Such a call is recorded here with its
 * path as the resource (no resource method, so no declared patient); every call a resource saw is recorded by
 * {@link AuditResponseFilter}, which marks it so it is not recorded twice.
 */
@ApplicationScoped
class HttpRefusals {

    static final String RECORDED = "revcycle.audit.recorded";
    private static final Logger LOG = Logger.getLogger(HttpRefusals.class);

    private final AuditTrail trail;
    private final String observer;

    HttpRefusals(AuditTrail trail, @ConfigProperty(name = "quarkus.application.name") String observer) {
        this.trail = trail;
        this.observer = observer;
    }

    /** Before authentication, so a failed authentication still passes through here. */
    void register(@Observes Filters filters) {
        filters.register(rc -> {
            if (!rc.normalizedPath().startsWith("/q/")) {
                rc.addEndHandler(done -> recordIfRefused(rc));
            }
            rc.next();
        }, SecurityHandlerPriorities.AUTHENTICATION + 10);
    }

    private void recordIfRefused(RoutingContext rc) {
        int status = rc.response().getStatusCode();
        if ((status != 401 && status != 403) || rc.get(RECORDED) != null) {
            return;
        }
        SecurityIdentity identity = rc.user() instanceof QuarkusHttpUser u ? u.getSecurityIdentity() : null;
        boolean anonymous = identity == null || identity.isAnonymous();
        String method = rc.request().method().name();
        SocketAddress remote = rc.request().remoteAddress();
        AuditEntry entry = new AuditEntry(Instant.now(), anonymous ? null : identity.getPrincipal().getName(),
                anonymous ? null : String.join(",", new TreeSet<>(identity.getRoles())), null,
                rc.normalizedPath(), null, AuditAction.of(method, false), method, rc.normalizedPath(), status,
                remote == null ? null : remote.hostAddress(), observer);
        // the end handler runs on the event loop: the row is written on a worker
        Infrastructure.getDefaultWorkerPool().execute(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> trail.append(entry));
            } catch (RuntimeException e) {
                LOG.errorf(e, "audit row of a refused call not written: %s %s status %d", observer, method, status);
            }
        });
    }
}
