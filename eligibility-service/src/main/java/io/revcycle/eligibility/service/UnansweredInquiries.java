package io.revcycle.eligibility.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;
import io.revcycle.eligibility.config.EligibilityConfig;

/** Ends the checks whose 270 got no 271 within the answer timeout. */
@ApplicationScoped
public class UnansweredInquiries {

    private final EligibilityAnswers answers;
    private final EligibilityConfig config;

    public UnansweredInquiries(EligibilityAnswers answers, EligibilityConfig config) {
        this.answers = answers;
        this.config = config;
    }

    @Scheduled(every = "${revcycle.eligibility.timeout-poll:2s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expire() {
        Instant sentBefore = Instant.now().minus(config.answerTimeout());
        while (answers.expireUnanswered(sentBefore, 100) == 100) {
            // more were due: take the next hundred
        }
    }
}
