package io.revcycle.stack.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.revcycle.stack.LocalStack;
import io.revcycle.stack.ServiceApp;

/**
 * Faults injected one after the other into a running stack, beside the encounters fed to it: each waits its pause
 * after the previous one is over (a restarted service ready, the database back), except after a fault that
 * {@linkplain Fault#overlapsNext overlaps the next}: a killed service still starting when the next one is killed, as
 * when a node's pods crash together. A fault that does not overlap waits for every restart under way first, and so
 * does the plan's end. {@link #issue19} is the chaos run of issue 19.
 */
public final class FaultPlan {

    /**
     * What to do, how long after the previous fault ended (or the plan started, or the previous overlapping fault
     * began); {@code overlapsNext}: the next fault need not wait for this one to be over.
     */
    public record Fault(String name, Duration pause, Function<LocalStack, Duration> action, boolean overlapsNext) {

        public Fault(String name, Duration pause, Function<LocalStack, Duration> action) {
            this(name, pause, action, false);
        }
    }

    /** A fault as it happened: when it began (seconds after the plan started), how long it took, any error. */
    public record Injected(String fault, double startedAtSecond, double seconds, String error) {
    }

    public static final FaultPlan NONE = new FaultPlan(List.of());

    private final List<Fault> faults;

    public FaultPlan(List<Fault> faults) {
        this.faults = List.copyOf(faults);
    }

    /**
     * Issue 19: every service SIGKILLed once in turn and started again, the broker restarted once, the database
     * stopped for {@code outage} once; {@code pause} before each. A service is killed while the one before it may
     * still be starting (the restarts are most of the plan's time, and CPU-bound: two at once take a bigger share of
     * a loaded machine); the broker and the database go down on a stack whose services are all up.
     */
    public static FaultPlan issue19(Duration pause, Duration outage) {
        List<Fault> faults = new ArrayList<>();
        List<ServiceApp> apps = List.of(ServiceApp.values());
        for (int i = 0; i < apps.size(); i++) {
            ServiceApp app = apps.get(i);
            faults.add(new Fault("SIGKILL " + app.module + ", restart", pause, s -> s.crashAndRestart(app), true));
            if (i == 1) {
                faults.add(new Fault("restart the broker", pause, LocalStack::restartBroker));
            }
            if (i == 3) {
                faults.add(new Fault("stop PostgreSQL for " + outage.toSeconds() + " s", pause,
                        s -> s.stopDatabase(outage)));
            }
        }
        return new FaultPlan(faults);
    }

    public List<Fault> faults() {
        return faults;
    }

    public boolean isEmpty() {
        return faults.isEmpty();
    }

    /** Starts the plan on its own thread. */
    public Running start(LocalStack stack) {
        Running running = new Running();
        Thread t = new Thread(() -> running.run(stack), "fault-plan");
        t.setDaemon(true);
        running.thread = t;
        t.start();
        return running;
    }

    /** A plan under way: what has been injected so far, and whether it is over. */
    public final class Running {
        /** By the fault's place in the plan: overlapping faults may end out of order. */
        private final List<Map.Entry<Integer, Injected>> injected = new CopyOnWriteArrayList<>();
        private volatile boolean done;
        private Thread thread;

        private void run(LocalStack stack) {
            long t0 = System.nanoTime();
            List<Thread> underWay = new ArrayList<>();
            try {
                for (int i = 0; i < faults.size(); i++) {
                    Fault f = faults.get(i);
                    int place = i;
                    if (!f.overlapsNext()) {
                        awaitAll(underWay);
                    }
                    TimeUnit.MILLISECONDS.sleep(f.pause().toMillis());
                    if (f.overlapsNext()) {
                        Thread t = new Thread(() -> inject(stack, f, place, t0), "fault " + f.name());
                        t.setDaemon(true);
                        t.start();
                        underWay.add(t);
                    } else {
                        inject(stack, f, place, t0);
                    }
                }
                awaitAll(underWay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                done = true;
            }
        }

        private void inject(LocalStack stack, Fault f, int place, long t0) {
            long start = System.nanoTime();
            String error = null;
            try {
                f.action().apply(stack);
            } catch (RuntimeException e) {
                // the run goes on; its checks and the report show what a fault left broken
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
            }
            injected.add(Map.entry(place,
                    new Injected(f.name(), seconds(start - t0), seconds(System.nanoTime() - start), error)));
        }

        private static void awaitAll(List<Thread> threads) throws InterruptedException {
            for (Thread t : threads) {
                t.join();
            }
            threads.clear();
        }

        public boolean done() {
            return done;
        }

        /** The faults over so far, in the plan's order. */
        public List<Injected> injected() {
            return injected.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
        }

        /** Stops waiting for the next fault (a fault under way finishes first). */
        public void cancel() {
            thread.interrupt();
        }

        public void awaitDone(Duration timeout) throws InterruptedException {
            thread.join(timeout.toMillis());
        }

        /** One line per fault, for the progress log and the report. */
        public String summary() {
            StringBuilder b = new StringBuilder();
            for (Injected i : injected()) {
                b.append(String.format(Locale.ROOT, "%6.1f s  %-40s %6.1f s%s%n", i.startedAtSecond(), i.fault(),
                        i.seconds(), i.error() == null ? "" : "  FAILED " + i.error()));
            }
            return b.toString();
        }
    }

    private static double seconds(long nanos) {
        return Math.round(nanos / 1e8) / 10.0;
    }
}
