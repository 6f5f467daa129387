package io.revcycle.audit;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.core.Response;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * On a declared method's success, writes its audit row inside the method's own transaction (this interceptor runs
 * inside {@code @Transactional}'s), so the change and its row commit or roll back together; without a transaction
 * the row gets its own. Failures (exceptions, refused calls) are left to {@link AuditResponseFilter}, which also
 * records the call again if the transaction holding the row rolls back.
 */
@Audited(resource = "")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class AuditedInterceptor {

    private final RequestDescriber describer;
    private final AuditTrail trail;
    private final AuditContext context;
    private final TransactionSynchronizationRegistry transactions;

    AuditedInterceptor(RequestDescriber describer, AuditTrail trail, AuditContext context,
            TransactionSynchronizationRegistry transactions) {
        this.describer = describer;
        this.trail = trail;
        this.context = context;
        this.transactions = transactions;
    }

    @AroundInvoke
    Object recordSuccess(InvocationContext invocation) throws Exception {
        if (!context.enter()) {
            return invocation.proceed();
        }
        try {
            return record(invocation.proceed());
        } finally {
            context.leave();
        }
    }

    private Object record(Object result) {
        int status = result instanceof Response r ? r.getStatus() : result == null ? 204 : 200;
        if (status >= 400 || context.recorded()) {
            return result;
        }
        AuditEntry entry = describer.describe(status, result);
        if (entry == null) {
            return result;
        }
        boolean joined = transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
        QuarkusTransaction.joiningExisting().run(() -> trail.append(entry));
        context.recorded(true);
        if (joined) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int txStatus) {
                    if (txStatus != Status.STATUS_COMMITTED) {
                        context.recorded(false);
                    }
                }
            });
        }
        return result;
    }
}
