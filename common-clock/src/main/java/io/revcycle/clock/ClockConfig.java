package io.revcycle.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * Where a service's clock stands: the system clock (UTC) unless configured. A fixed instant makes a run
 * reproducible; an offset lets a stack live some days ahead (filing, appeal and follow-up windows come due).
 */
@ConfigMapping(prefix = "revcycle.clock")
public interface ClockConfig {

    /** Stand still at this instant (ISO-8601, e.g. {@code 2026-03-01T09:00:00Z}); absent: the system clock. */
    Optional<Instant> fixed();

    /** Shift the system (or fixed) time by this much (ISO-8601, e.g. {@code P45D}, {@code -PT2H}); absent: none. */
    Optional<Duration> offset();
}
