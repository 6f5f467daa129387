package io.revcycle.audit;

import java.net.URI;
import java.util.List;
import java.util.concurrent.Executor;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.revcycle.rest.DatabaseOutage;
import io.revcycle.rest.Problem;
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
            try {
                write(entry);
            } catch (RuntimeException e) {
                if (!DatabaseOutage.causes(e)) {
                    throw e;
                }
                unavailable(response);
            }
        } else {
            // refused before the method's worker thread was taken: the row is written off the event loop
            Executor worker = Infrastructure.getDefaultWorkerPool();
            worker.execute(() -> write(entry));
        }
    }

    /**
     * The database went away (the request met the outage, or it came right after): the answer becomes the outage's,
     * 503 with Retry-After, rather than a 500, and nothing is served whose access was not recorded. A request that
     * already failed on the outage keeps its own 503 body (problem+json or a FHIR OperationOutcome).
     */
    static void unavailable(ContainerResponseContext response) {
        if (response.getStatus() != 503) {
            response.setEntity(new Problem(URI.create("about:blank"), "Service Unavailable", 503,
                    "The service's database became unavailable before this call could be recorded. Retry shortly",
                    null, List.of()), null, MediaType.valueOf(Problem.MEDIA_TYPE));
            response.setStatus(503);
        }
        response.getHeaders().putSingle("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
    }

    private void write(AuditEntry entry) {
        try {
            QuarkusTransaction.requiringNew().run(() -> trail.append(entry));
        } catch (RuntimeException e) {
            // ids and status only: the entry holds no PHI, but the message must not depend on that
            if (DatabaseOutage.causes(e)) {
                LOG.warnf("audit row not written, database unavailable: %s %s %s status %d", entry.observer(),
                        entry.httpMethod(), entry.resourceType(), entry.status());
            } else {
                LOG.errorf(e, "audit row not written: %s %s %s status %d", entry.observer(), entry.httpMethod(),
                        entry.resourceType(), entry.status());
            }
            throw e;
        }
    }
}
