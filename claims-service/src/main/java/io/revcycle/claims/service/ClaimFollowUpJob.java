package io.revcycle.claims.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Runs the claim status follow-up on a timer; a failed run leaves the claims for the next one. */
@ApplicationScoped
public class ClaimFollowUpJob {

    private static final Logger LOG = Logger.getLogger(ClaimFollowUpJob.class);

    private final ClaimFollowUpService followUp;

    public ClaimFollowUpJob(ClaimFollowUpService followUp) {
        this.followUp = followUp;
    }

    @Scheduled(every = "${revcycle.claims.follow-up.poll:1h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            followUp.sendDue();
        } catch (RuntimeException e) {
            LOG.errorf(e, "claim status follow-up run failed; the claims are asked about in the next run");
        }
    }
}
