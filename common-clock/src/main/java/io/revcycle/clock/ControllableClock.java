package io.revcycle.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;

/**
 * The one {@link Clock} bean of a service (inject {@code Clock}): the system clock in UTC, or the configured fixed
 * instant, shifted by the configured offset ({@link ClockConfig}). Tests and dev mode may move it forward at run time
 * ({@link #advance}) to walk claims and accounts through days; in production only configuration sets it.
 */
@Singleton
public class ControllableClock extends Clock {

    private static final Logger LOG = Logger.getLogger(ControllableClock.class);

    private final Clock configured;
    private final boolean movable;
    private final AtomicReference<Duration> moved = new AtomicReference<>(Duration.ZERO);

    @Inject
    public ControllableClock(ClockConfig config) {
        this(config.fixed(), config.offset().orElse(Duration.ZERO), LaunchMode.current() != LaunchMode.NORMAL);
        if (config.fixed().isPresent() || config.offset().isPresent()) {
            LOG.warnf("the clock is not the system clock: fixed %s, offset %s (now %s)",
                    config.fixed().map(Instant::toString).orElse("-"),
                    config.offset().map(Duration::toString).orElse("-"), instant());
        }
    }

    ControllableClock(Optional<Instant> fixed, Duration offset, boolean movable) {
        Clock base = fixed.map(at -> Clock.fixed(at, ZoneOffset.UTC)).orElseGet(Clock::systemUTC);
        this.configured = offset.isZero() ? base : Clock.offset(base, offset);
        this.movable = movable;
    }

    @Override
    public Instant instant() {
        return configured.instant().plus(moved.get());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same (movable) time seen in another zone. */
    @Override
    public Clock withZone(ZoneId zone) {
        return ZoneOffset.UTC.equals(zone) ? this : new Zoned(this, zone);
    }

    /** Today's date in UTC, the zone every window (filing, appeal, follow-up) is counted in. */
    public LocalDate today() {
        return LocalDate.ofInstant(instant(), ZoneOffset.UTC);
    }

    /** Moves the clock forward (tests and dev mode only); time never runs backwards under a running service. */
    public void advance(Duration by) {
        requireMovable();
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock does not go back (" + by + ")");
        }
        Duration total = moved.updateAndGet(m -> m.plus(by));
        LOG.infof("clock moved forward by %s (in all %s): now %s", by, total, instant());
    }

    /** Back to the configured time, so one test's move does not leak into the next (tests and dev mode only). */
    public void reset() {
        requireMovable();
        moved.set(Duration.ZERO);
    }

    /** How far the clock has been moved at run time. */
    public Duration moved() {
        return moved.get();
    }

    private void requireMovable() {
        if (!movable) {
            throw new IllegalStateException("the clock can be moved in tests and dev mode only; in production set "
                    + "revcycle.clock.fixed or revcycle.clock.offset");
        }
    }

    private static final class Zoned extends Clock {
        private final ControllableClock source;
        private final ZoneId zone;

        Zoned(ControllableClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return source.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return source.withZone(other);
        }
    }
}
