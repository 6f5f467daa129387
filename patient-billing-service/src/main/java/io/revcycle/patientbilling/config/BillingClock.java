package io.revcycle.patientbilling.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Singleton;

import io.quarkus.runtime.LaunchMode;

/**
 * The service's clock (statement cycles, aging, plan due dates, collections): the system clock, which tests and
 * dev mode may move forward to walk an account through months; in production it cannot be moved.
 */
@Singleton
public class BillingClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }

    /** Moves the clock forward (tests and dev mode only). */
    public void advance(Duration by) {
        if (LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("the billing clock can only be moved in tests and dev mode");
        }
        if (by.isNegative()) {
            throw new IllegalArgumentException("the billing clock does not go back");
        }
        offset.updateAndGet(o -> o.plus(by));
    }
}
