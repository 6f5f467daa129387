package io.revcycle.messaging.bench;

/** One topic per consumer under test, so each reads only its own backlog. */
final class BenchTopics {

    static final String INBOX = "revcycle.bench.inbox";
    static final String SMALLRYE = "revcycle.bench.smallrye";

    private BenchTopics() {
    }
}
