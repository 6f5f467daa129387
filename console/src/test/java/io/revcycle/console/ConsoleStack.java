package io.revcycle.console;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.revcycle.stack.LocalStack;
import io.revcycle.stack.ServiceApp;

/**
 * What the console under test talks to, real and once per test JVM: the realm's Keycloak (the code flow logs in
 * through its login form) and the packaged apps the screens call, on their PostgreSQL, Kafka and registry (LocalStack
 * with those services: coding; patient-billing; eligibility, claims, payer-simulator and remittance for billing). The
 * console itself is the Quarkus app under test.
 */
public class ConsoleStack implements QuarkusTestResourceLifecycleManager {

    private static LocalStack stack;

    @Override
    public synchronized Map<String, String> start() {
        if (stack == null) {
            Path work = Path.of("target/console-stack").toAbsolutePath();
            // a fresh database and broker per test JVM: runs do not see each other's data (a statement cycle of
            // one date runs once, so a second run of the day would bill nothing new)
            deleteRecursively(work);
            stack = LocalStack.start(LocalStack.Options.freePorts(work).withServices(EnumSet.of(ServiceApp.CODING,
                    ServiceApp.PATIENT_BILLING,
                    // billing: claims made, sent, acknowledged, paid and denied through the real loop
                    ServiceApp.ELIGIBILITY, ServiceApp.CLAIMS, ServiceApp.PAYER_SIMULATOR, ServiceApp.REMITTANCE,
                    ServiceApp.REVENUE_INSIGHTS)),
                    message -> System.out.println("[console-stack] " + message));
        }
        return Map.of("quarkus.oidc.auth-server-url", stack.keycloak().realmUrl(),
                "quarkus.rest-client.coding-service.url", stack.url(ServiceApp.CODING),
                "quarkus.rest-client.patient-billing-service.url", stack.url(ServiceApp.PATIENT_BILLING),
                "quarkus.rest-client.claims-service.url", stack.url(ServiceApp.CLAIMS),
                "quarkus.rest-client.remittance-service.url", stack.url(ServiceApp.REMITTANCE),
                "quarkus.rest-client.revenue-insights.url", stack.url(ServiceApp.REVENUE_INSIGHTS));
    }

    @Override
    public synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static LocalStack stack() {
        return stack;
    }
}
