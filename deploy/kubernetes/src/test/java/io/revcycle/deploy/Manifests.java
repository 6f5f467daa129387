package io.revcycle.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/** The overlays as an operator would apply them: rendered by {@code kubectl kustomize}, once per test JVM. */
final class Manifests {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> OVERLAYS = List.of("dev", "prod");

    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();

    private Manifests() {
    }

    /** deploy/kubernetes (this module's folder). */
    static Path home() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("overlays")) ? here : here.resolve("deploy/kubernetes");
    }

    /** The repository root (the services' modules). */
    static Path root() {
        return home().getParent().getParent();
    }

    /** Skips (never fails) when kubectl is not installed: nothing else may make these tests pass vacuously. */
    static void assumeKubectl() {
        assumeTrue(kubectl() != null, "kubectl is not installed: the overlays cannot be rendered");
    }

    /** The services the console's application calls: its {@code quarkus.rest-client.<name>.url} properties. */
    static List<String> consoleCalls() {
        try (Stream<String> lines = Files.lines(root().resolve("console/src/main/resources/application.properties"))) {
            return lines.map(l -> l.strip()).filter(l -> l.matches("quarkus\\.rest-client\\.[a-z-]+\\.url=.*"))
                    .map(l -> l.substring("quarkus.rest-client.".length(), l.indexOf(".url="))).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<ObjectNode> render(String overlay) {
        assumeKubectl();
        return RENDERED.computeIfAbsent(overlay, Manifests::kustomize);
    }

    static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    static ObjectNode named(List<ObjectNode> objects, String kind, String name) {
        return ofKind(objects, kind).stream().filter(o -> name.equals(name(o))).findFirst().orElse(null);
    }

    static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    static String id(JsonNode o) {
        return o.path("kind").asText() + "/" + name(o);
    }

    private static List<ObjectNode> kustomize(String overlay) {
        try {
            Path out = Files.createTempFile("kustomize-" + overlay, ".yaml");
            Path err = Files.createTempFile("kustomize-" + overlay, ".err");
            Process p = new ProcessBuilder(kubectl(), "kustomize", home().resolve("overlays").resolve(overlay).toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize overlays/" + overlay + " failed: "
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            List<ObjectNode> objects = new ArrayList<>();
            try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(out.toFile())) {
                for (var it = YAML.readValues(parser, ObjectNode.class); it.hasNext();) {
                    ObjectNode o = it.next();
                    if (o != null && !o.isEmpty()) {
                        objects.add(o);
                    }
                }
            }
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return objects;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String kubectl() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        return Stream.of(path.split(java.io.File.pathSeparator)).map(d -> Path.of(d, "kubectl"))
                .filter(Files::isExecutable).map(Path::toString).findFirst().orElse(null);
    }
}
