package io.revcycle.audit;

import java.util.concurrent.Executor;

import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The one place every REST call of a service is recorded, with its final status: refused calls (401, 403) that
 * never reach the method, failures (4xx, 5xx) whose transaction rolled back, and calls to methods without an
 * {@link Audited} declaration. Calls whose row {@link AuditedInterceptor} already committed are skipped. Calls
 * refused before any resource matched are {@link HttpRefusals}'.
 */
public class AuditResponseFilter {

    private static final Logger LOG = Logger.getLogger(AuditResponseFilter.class);

    private final RequestDescriber describer;
    private final AuditTrail trail;
    private final AuditContext context;
    private final CurrentVertxRequest vertxRequest;

    AuditResponseFilter(RequestDescriber describer, AuditTrail trail, AuditContext context,
            CurrentVertxRequest vertxRequest) {
        this.describer = describer;
        this.trail = trail;
        this.context = context;
        this.vertxRequest = vertxRequest;
    }

    @ServerResponseFilter
    public void record(ContainerResponseContext response) {
        vertxRequest.getCurrent().put(HttpRefusals.RECORDED, Boolean.TRUE);
        if (context.recorded()) {
            return;
        }
        AuditEntry entry = describer.describe(response.getStatus(), response.getEntity());
        if (entry == null) {
            return;
        }
        context.recorded(true);
        if (BlockingOperationControl.isBlockingAllowed()) {
            write(entry);
        } else {
            // refused before the method's worker thread was taken: the row is written off the event loop
            Executor worker = Infrastructure.getDefaultWorkerPool();
            worker.execute(() -> write(entry));
        }
    }

    private void write(AuditEntry entry) {
        try {
            QuarkusTransaction.requiringNew().run(() -> trail.append(entry));
        } catch (RuntimeException e) {
            // ids and status only: the entry holds no PHI, but the message must not depend on that
            LOG.errorf(e, "audit row not written: %s %s %s status %d", entry.observer(), entry.httpMethod(),
                    entry.resourceType(), entry.status());
            throw e;
        }
    }
}
