package io.revcycle.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class ControllableClockTest {

    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void shouldStandStillAtTheFixedInstant() {
        ControllableClock clock = new ControllableClock(Optional.of(AT), Duration.ZERO, false);

        assertThat(clock.instant()).isEqualTo(AT);
        assertThat(clock.millis()).isEqualTo(AT.toEpochMilli());
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void shouldShiftTheConfiguredTimeByTheOffset() {
        ControllableClock clock = new ControllableClock(Optional.of(AT), Duration.ofDays(45), false);

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-04-15T09:00:00Z"));
    }

    @Test
    void shouldRunOnTheSystemClockByDefault() {
        Instant before = Instant.now();
        Instant read = new ControllableClock(Optional.empty(), Duration.ZERO, false).instant();

        assertThat(read).isBetween(before, Instant.now());
    }

    @Test
    void shouldMoveForwardAndBackToTheConfiguredTimeOnReset() {
        ControllableClock clock = new ControllableClock(Optional.of(AT), Duration.ZERO, true);

        clock.advance(Duration.ofDays(31));
        clock.advance(Duration.ofHours(2));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-04-01T11:00:00Z"));
        assertThat(clock.moved()).isEqualTo(Duration.ofDays(31).plusHours(2));
        clock.reset();
        assertThat(clock.instant()).isEqualTo(AT);
    }

    @Test
    void shouldCarryTheMovementIntoAZonedView() {
        ControllableClock clock = new ControllableClock(Optional.of(AT), Duration.ZERO, true);
        var newYork = clock.withZone(ZoneId.of("America/New_York"));

        clock.advance(Duration.ofDays(1));

        assertThat(newYork.instant()).isEqualTo(Instant.parse("2026-03-02T09:00:00Z"));
        assertThat(newYork.getZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(newYork.withZone(ZoneOffset.UTC)).isSameAs(clock);
    }

    @Test
    void shouldRefuseToGoBack() {
        ControllableClock clock = new ControllableClock(Optional.of(AT), Duration.ZERO, true);

        assertThatThrownBy(() -> clock.advance(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.instant()).isEqualTo(AT);
    }

    @Test
    void shouldRefuseToBeMovedInProduction() {
        ControllableClock clock = new ControllableClock(Optional.of(AT), Duration.ZERO, false);

        assertThatThrownBy(() -> clock.advance(Duration.ofDays(1))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("revcycle.clock.offset");
        assertThatThrownBy(clock::reset).isInstanceOf(IllegalStateException.class);
        assertThat(clock.instant()).isEqualTo(AT);
    }

    @Test
    void shouldReadAFixedInstantAndAnOffsetFromConfiguration() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(ClockConfig.class)
                .withSources(new PropertiesConfigSource(Map.of("revcycle.clock.fixed", "2026-03-01T09:00:00Z",
                        "revcycle.clock.offset", "P45D"), "test", 100))
                .build();

        ClockConfig clock = config.getConfigMapping(ClockConfig.class);

        assertThat(clock.fixed()).contains(AT);
        assertThat(clock.offset()).contains(Duration.ofDays(45));
    }

    @Test
    void shouldDefaultToTheSystemClockWithoutConfiguration() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(ClockConfig.class).build();

        ClockConfig clock = config.getConfigMapping(ClockConfig.class);

        assertThat(clock.fixed()).isEmpty();
        assertThat(clock.offset()).isEmpty();
    }
}
