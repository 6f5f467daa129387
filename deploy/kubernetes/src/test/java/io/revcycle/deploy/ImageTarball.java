package io.revcycle.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/** A Jib image tarball (docker save format) unpacked: its config checked, its layers laid out as the root fs. */
final class ImageTarball {

    private ImageTarball() {
    }

    /** Returns the image's /deployments, after checking the entrypoint, working directory and user. */
    static Path unpack(Path tarball, Path into, String expectedUser) throws IOException, InterruptedException {
        assertThat(tarball).as("build the image first: ./mvnw package -Dimages").exists();
        if (Files.exists(into)) {
            try (Stream<Path> all = Files.walk(into)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Path archive = Files.createDirectories(into.resolve("archive"));
        Path rootfs = Files.createDirectories(into.resolve("rootfs"));
        tar("-xf", tarball.toString(), "-C", archive.toString());
        JsonNode manifest = Manifests.JSON.readTree(archive.resolve("manifest.json").toFile()).get(0);
        JsonNode config = Manifests.JSON.readTree(archive.resolve(manifest.path("Config").asText()).toFile())
                .path("config");
        assertThat(config.path("User").asText()).as("image user = the Deployment's runAsUser").isEqualTo(expectedUser);
        assertThat(config.path("WorkingDir").asText()).isEqualTo("/deployments");
        List<String> entrypoint = new ArrayList<>();
        config.path("Entrypoint").forEach(a -> entrypoint.add(a.asText()));
        assertThat(entrypoint).containsExactly("java", "-jar", "/deployments/quarkus-run.jar");
        for (JsonNode layer : manifest.path("Layers")) {
            String file = archive.resolve(layer.asText()).toString();
            tar(file.endsWith(".gz") ? "-xzf" : "-xf", file, "-C", rootfs.toString(), "--no-same-owner");
        }
        return rootfs.resolve("deployments");
    }

    private static void tar(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tar"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }
}
