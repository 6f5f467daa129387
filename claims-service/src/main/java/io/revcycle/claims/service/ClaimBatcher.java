package io.revcycle.claims.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Runs the batcher on a timer; a failed run leaves the claims READY for the next one. */
@ApplicationScoped
public class ClaimBatcher {

    private static final Logger LOG = Logger.getLogger(ClaimBatcher.class);

    private final ClaimBatchService batches;

    public ClaimBatcher(ClaimBatchService batches) {
        this.batches = batches;
    }

    @Scheduled(every = "${revcycle.claims.batch.poll:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            batches.sendDue();
        } catch (RuntimeException e) {
            LOG.errorf(e, "837 batch run failed; READY claims stay for the next run");
        }
    }
}
