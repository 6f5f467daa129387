package io.revcycle.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.revcycle.stack.ServiceApp;
import io.revcycle.stack.bench.BenchReport;
import io.revcycle.stack.bench.PipelineBench;
import io.revcycle.stack.demo.ApiClient;
import io.revcycle.stack.demo.Progress;
import io.revcycle.stack.demo.SyntheticEncounters;

/**
 * {@code ./revcycle bench} on a small run: the report is complete and its counts are exact. Speed is what the bench
 * reports, never what this test asserts.
 */
@Order(1) // first, on the fresh shared stack: the end-to-end classes run after it on the same one (SharedStack)
@ExtendWith(SharedStack.Resolver.class)
class PipelineBenchTest {

    private static final int ENCOUNTERS = 30;
    private static final long SEED = 77;
    /** Taken through the cycle before the measured run: in no figure and no count below. */
    private static final int WARMUP = 4;

    @Test
    void shouldSettleEveryEncounterOnceAndWriteACompleteReport(SharedStack shared) throws Exception {
        BenchReport report = new PipelineBench(shared.stack, new Progress(System.out, true, false)).run(
                new PipelineBench.Options(ENCOUNTERS, 0, SEED, Duration.ofMinutes(10), Map.of(),
                        List.of(ServiceApp.PATIENT_BILLING), WARMUP));
        Path out = PipelineBench.write(report, shared.workDir.resolve("bench"));

        long held = SyntheticEncounters.generate(ENCOUNTERS, SEED).stream()
                .filter(c -> c.coverage().effectiveTo() != null).count();
        BenchReport.Counts counts = report.counts();
        assertThat(counts.settledOnce()).isTrue();
        assertThat(counts.documented()).isEqualTo(ENCOUNTERS);
        assertThat(counts.coded()).isEqualTo(ENCOUNTERS);
        assertThat(counts.verified()).isEqualTo(ENCOUNTERS);
        assertThat(counts.held()).isEqualTo(held).isPositive();
        assertThat(counts.adjudicated()).isEqualTo(ENCOUNTERS - held);
        assertThat(counts.finalClaims()).isEqualTo(ENCOUNTERS);
        assertThat(counts.duplicates()).isZero();
        assertThat(counts.balancesPosted()).isPositive().isLessThanOrEqualTo(counts.adjudicated());
        // every consumer applied each key's events in topic order (ApplyOrder reads the services' inbox rows)
        assertThat(report.applyOrder().eventsApplied()).isGreaterThan(ENCOUNTERS * 3L);
        assertThat(report.applyOrder().outOfOrder()).isZero();

        assertThat(report.latencyMs()).hasSize(7).allSatisfy((hop, l) -> {
            assertThat(l.n()).as(hop).isPositive();
            assertThat(l.p50()).as(hop).isLessThanOrEqualTo(l.p95());
            assertThat(l.p95()).as(hop).isLessThanOrEqualTo(l.p99());
            assertThat(l.p99()).as(hop).isLessThanOrEqualTo(l.max());
        });
        assertThat(report.processes()).containsKeys("coding-service", "eligibility-service", "claims-service",
                "remittance-service", "patient-billing-service", "payer-simulator", "kafka", "apicurio-registry",
                "postgresql", "bench driver", "all processes");
        assertThat(report.processes().get("claims-service").peakRssMb()).isPositive();
        assertThat(report.readySeconds()).containsOnlyKeys("patient-billing-service")
                .allSatisfy((service, seconds) -> assertThat(seconds).as(service).isPositive());
        assertThat(report.rawLimits().kafkaHopPerSecond()).isPositive();
        assertThat(report.rawLimits().postgresCommitsPerSecond()).isPositive();
        assertThat(report.rawLimits().plainChainPerSecond()).isPositive();
        assertThat(report.ratios()).hasSize(3);
        assertThat(report.series()).isNotEmpty();
        assertThat(report.series().stream().mapToInt(BenchReport.Sample::documented).sum()).isEqualTo(ENCOUNTERS);
        assertThat(report.series().stream().mapToInt(BenchReport.Sample::settled).sum()).isEqualTo(ENCOUNTERS);

        JsonNode json = ApiClient.JSON.readTree(out.resolve("bench.json").toFile());
        assertThat(json.path("counts").path("settledOnce").asBoolean()).isTrue();
        assertThat(json.path("throughput").path("settledPerSecond").asDouble()).isPositive();
        assertThat(report.run().warmup()).isEqualTo(WARMUP);
        assertThat(Files.readString(out.resolve("bench.md"))).contains("after a warm-up of 4 encounters",
                "every encounter settled once",
                "end to end: documented → settled", "plain-Java six-hop chain");
        byte[] png = Files.readAllBytes(out.resolve("bench.png"));
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
}
