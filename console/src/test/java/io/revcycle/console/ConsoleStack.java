package io.revcycle.console;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.revcycle.stack.LocalStack;
import io.revcycle.stack.ServiceApp;

/**
 * What the console under test talks to, real and once per test JVM: the realm's Keycloak (the code flow logs in
 * through its login form) and coding-service's packaged app on its PostgreSQL, Kafka and registry (LocalStack with
 * that one service). The console itself is the Quarkus app under test.
 */
public class ConsoleStack implements QuarkusTestResourceLifecycleManager {

    private static LocalStack stack;

    @Override
    public synchronized Map<String, String> start() {
        if (stack == null) {
            Path work = Path.of("target/console-stack").toAbsolutePath();
            stack = LocalStack.start(LocalStack.Options.freePorts(work).withServices(EnumSet.of(ServiceApp.CODING)),
                    message -> System.out.println("[console-stack] " + message));
        }
        return Map.of("quarkus.oidc.auth-server-url", stack.keycloak().realmUrl(),
                "quarkus.rest-client.coding-service.url", stack.url(ServiceApp.CODING));
    }

    @Override
    public synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }

    static LocalStack stack() {
        return stack;
    }
}
