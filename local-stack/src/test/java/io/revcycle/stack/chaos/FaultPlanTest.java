package io.revcycle.stack.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.revcycle.stack.ServiceApp;

class FaultPlanTest {

    @Test
    void shouldKillEveryServiceOnceAndRestartTheBrokerAndStopTheDatabaseOnceEach() {
        FaultPlan plan = FaultPlan.issue19(Duration.ofSeconds(10), Duration.ofSeconds(20));

        List<String> names = plan.faults().stream().map(FaultPlan.Fault::name).toList();
        assertThat(names).containsExactlyInAnyOrderElementsOf(concat(Arrays.stream(ServiceApp.values())
                .map(app -> "SIGKILL " + app.module + ", restart").toList(),
                List.of("restart the broker", "stop PostgreSQL for 20 s")));
        assertThat(names).doesNotHaveDuplicates();
        // spread between the services' crashes
        assertThat(names.get(0)).startsWith("SIGKILL");
        assertThat(names.get(names.size() - 1)).startsWith("SIGKILL");
        assertThat(plan.faults()).allSatisfy(f -> assertThat(f.pause()).isEqualTo(Duration.ofSeconds(10)));
    }

    @Test
    void shouldRunEveryFaultInOrderAndRecordOneThatFailedWithoutStopping() throws Exception {
        StringBuilder order = new StringBuilder();
        FaultPlan plan = new FaultPlan(List.of(
                new FaultPlan.Fault("first", Duration.ZERO, s -> {
                    order.append('1');
                    throw new IllegalStateException("did not come back");
                }),
                new FaultPlan.Fault("second", Duration.ofMillis(10), s -> {
                    order.append('2');
                    return Duration.ZERO;
                })));

        FaultPlan.Running running = plan.start(null);
        running.awaitDone(Duration.ofSeconds(10));

        assertThat(running.done()).isTrue();
        assertThat(order).hasToString("12");
        assertThat(running.injected()).extracting(FaultPlan.Injected::fault).containsExactly("first", "second");
        assertThat(running.injected().get(0).error()).contains("did not come back");
        assertThat(running.injected().get(1).error()).isNull();
        assertThat(running.summary()).contains("FAILED IllegalStateException: did not come back");
    }

    @Test
    void shouldKillTheNextServiceWhileTheLastOneRestartsButTakeTheBrokerDownOnlyOnceAllAreUp() throws Exception {
        CountDownLatch nextKilled = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        FaultPlan plan = new FaultPlan(List.of(
                new FaultPlan.Fault("slow restart", Duration.ZERO, s -> {
                    awaitQuietly(nextKilled);
                    order.add("slow restart over");
                    return Duration.ZERO;
                }, true),
                new FaultPlan.Fault("next kill", Duration.ZERO, s -> {
                    order.add("next kill began");
                    nextKilled.countDown();
                    return Duration.ZERO;
                }, true),
                new FaultPlan.Fault("broker", Duration.ZERO, s -> {
                    order.add("broker");
                    return Duration.ZERO;
                })));

        FaultPlan.Running running = plan.start(null);
        running.awaitDone(Duration.ofSeconds(10));

        assertThat(running.done()).isTrue();
        assertThat(order).containsExactly("next kill began", "slow restart over", "broker");
        assertThat(running.injected()).extracting(FaultPlan.Injected::fault)
                .containsExactly("slow restart", "next kill", "broker");
        assertThat(FaultPlan.issue19(Duration.ZERO, Duration.ZERO).faults())
                .allSatisfy(f -> assertThat(f.overlapsNext()).as(f.name()).isEqualTo(f.name().startsWith("SIGKILL")));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
