package io.revcycle.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import io.revcycle.stack.LocalStack;
import io.revcycle.stack.ProjectLayout;

/**
 * The one embedded stack the end-to-end classes share (starting it is a minute of the build), with every trace
 * sampled and exported over OTLP/HTTP to the test's collector, as to a real one. Stopped when the last class is done;
 * a process left running then fails the run. A test class takes it as a parameter with
 * {@code @ExtendWith(SharedStack.Resolver.class)}.
 */
final class SharedStack implements ExtensionContext.Store.CloseableResource {

    final LocalStack stack;
    final OtlpTraceReceiver traces;
    final Path workDir;

    private SharedStack() throws Exception {
        workDir = Files.createTempDirectory(Files.createDirectories(ProjectLayout.root().resolve("e2e-tests/target")),
                "stack-");
        traces = new OtlpTraceReceiver();
        Map<String, String> tracing = Map.of("quarkus.otel.traces.sampler.arg", "1.0",
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                "quarkus.otel.exporter.otlp.traces.endpoint", traces.endpoint(),
                "quarkus.otel.bsp.schedule.delay", "500ms");
        stack = LocalStack.start(LocalStack.Options.freePorts(workDir).withServiceProperties(tracing),
                m -> System.out.println("» " + m));
    }

    /** Hands the shared stack to test methods and lifecycle methods that declare a SharedStack parameter. */
    static final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SharedStack.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return of(context);
        }
    }

    private static SharedStack of(ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedStack.class, k -> {
                    try {
                        return new SharedStack();
                    } catch (Exception e) {
                        throw new IllegalStateException("the end-to-end stack did not start", e);
                    }
                }, SharedStack.class);
    }

    @Override
    public void close() {
        try {
            stack.close();
            if (stack.processes().stream().anyMatch(p -> p.isAlive())) {
                throw new IllegalStateException("a process of the end-to-end stack outlived it");
            }
        } finally {
            traces.close();
        }
    }
}
