package io.revcycle.stack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.revcycle.stack.chaos.FaultPlan;

class PipelineBenchTest {

    @Test
    void shouldReleaseTheEncountersInSharesSoThatEveryFaultLandsOnWorkInFlight() throws Exception {
        Semaphore proceed = new Semaphore(0);
        Semaphore begun = new Semaphore(0);
        FaultPlan.Fault held = new FaultPlan.Fault("held", Duration.ZERO, s -> {
            begun.release();
            proceed.acquireUninterruptibly();
            return Duration.ZERO;
        });
        FaultPlan plan = new FaultPlan(List.of(held, held, held));

        FaultPlan.Running running = plan.start(null);
        assertThat(begun.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        // a third as the plan starts, a third more after each fault but the last, all before the last one
        assertThat(PipelineBench.releasedBeforeFault(10, plan, running)).isEqualTo(3);
        proceed.release();
        assertThat(begun.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        assertThat(PipelineBench.releasedBeforeFault(10, plan, running)).isEqualTo(6);
        proceed.release();
        assertThat(begun.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
        assertThat(PipelineBench.releasedBeforeFault(10, plan, running)).isEqualTo(10);
        proceed.release();
        running.awaitDone(Duration.ofSeconds(10));
        assertThat(running.done()).isTrue();
        assertThat(PipelineBench.releasedBeforeFault(10, plan, running)).isEqualTo(10);
    }
}
