package io.revcycle.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the shared outbox relay, consumers and topic provisioning. */
@ConfigMapping(prefix = "revcycle.messaging")
public interface MessagingConfig {

    /** Names consumer groups and inbox rows: one name per service, shared by its replicas. */
    String serviceName();

    String bootstrapServers();

    String registryUrl();

    @WithDefault("true")
    boolean enabled();

    Outbox outbox();

    Consumer consumer();

    Inbox inbox();

    Topics topics();

    interface Outbox {
        @WithDefault("500")
        int batchSize();

        @WithDefault("200ms")
        Duration idlePoll();

        @WithDefault("P7D")
        Duration retention();
    }

    interface Inbox {
        /**
         * How long a processed event id is remembered. Longer than any redelivery or replay: dead-letter topics keep
         * records for {@code topics.dead-letter-retention} (14 days), so a replayed event is always recognised.
         */
        @WithDefault("P30D")
        Duration retention();
    }

    interface Consumer {
        @WithDefault("500")
        int maxPollRecords();

        @WithDefault("200ms")
        Duration pollTimeout();

        /** Attempts per record, once its batch failed, before it goes to the dead-letter topic. */
        @WithDefault("3")
        int attempts();

        @WithDefault("1s")
        Duration infrastructureBackoff();

        /** How long an offset commit may wait for the broker before the consumer is recreated (the records come again). */
        @WithDefault("60s")
        Duration commitTimeout();

        /**
         * Liveness fails when a consumer made no progress (no empty poll, no committed batch) for this long: longer
         * than any outage the platform should ride out without a restart.
         */
        @WithDefault("10m")
        Duration livenessStall();
    }

    interface Topics {
        @WithDefault("3")
        int partitions();

        @WithDefault("1")
        short replicationFactor();

        @WithDefault("true")
        boolean provision();

        /** Dead letters are kept this long for listing and replay; shorter than the inbox retention. */
        @WithDefault("P14D")
        Duration deadLetterRetention();
    }
}
