package io.revcycle.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

class InfrastructureModeTest {

    private static final Logger LOG = Logger.getLogger(InfrastructureModeTest.class);

    @Test
    void shouldUseContainersInAutoModeOnlyWhenDockerIsReachable() {
        assertThat(InfrastructureMode.select(null, () -> true)).isEqualTo(InfrastructureMode.CONTAINERS);
        assertThat(InfrastructureMode.select("auto", () -> false)).isEqualTo(InfrastructureMode.EMBEDDED);
        assertThat(InfrastructureMode.select(" ", () -> false)).isEqualTo(InfrastructureMode.EMBEDDED);
    }

    @Test
    void shouldNotAskDockerWhenAModeIsForced() {
        AtomicBoolean asked = new AtomicBoolean();
        assertThat(InfrastructureMode.select("Embedded", () -> asked.getAndSet(true)))
                .isEqualTo(InfrastructureMode.EMBEDDED);
        assertThat(InfrastructureMode.select("containers", () -> asked.getAndSet(true)))
                .isEqualTo(InfrastructureMode.CONTAINERS);
        assertThat(asked).isFalse();
    }

    @Test
    void shouldRejectAnUnknownMode() {
        assertThatThrownBy(() -> InfrastructureMode.select("docker", () -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("REVCYCLE_TEST_INFRA must be containers, embedded or auto, not 'docker'");
    }

    @Test
    void shouldPickEmbeddedWhereNoDockerEngineRuns() {
        long t0 = System.nanoTime();
        boolean docker = DockerProbe.isDockerAvailable();
        LOG.infof("Docker probe answered %s in %d ms", docker, (System.nanoTime() - t0) / 1_000_000);
        assumeFalse(docker, "a Docker engine is reachable here");
        assertThat(InfrastructureMode.select("auto", DockerProbe::isDockerAvailable))
                .isEqualTo(InfrastructureMode.EMBEDDED);
        assertThat(DockerProbe.askTestcontainers(true)).as("Testcontainers' own answer").isFalse();
    }

    @Test
    void shouldFailClearlyWhenContainersAreForcedWithoutDocker() {
        assumeFalse(DockerProbe.isDockerAvailable(), "a Docker engine is reachable here");
        // a guard against a hang, not a speed target
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatThrownBy(ContainerInfrastructure::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("REVCYCLE_TEST_INFRA=containers, but Testcontainers reaches no Docker engine"));
    }
}
