package io.revcycle.messaging;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import io.revcycle.testsupport.FaultProxy;
import io.revcycle.testsupport.RevCycleInfrastructure;

/**
 * The shared real infrastructure with PostgreSQL and the schema registry reached through {@link FaultProxy}s, so a
 * test can cut either away from the service under test and give it back.
 */
public class ProxiedInfrastructure extends RevCycleInfrastructure {

    static volatile FaultProxy database;
    static volatile FaultProxy registry;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String jdbc = config.get("quarkus.datasource.jdbc.url");
        URI uri = URI.create(jdbc.substring("jdbc:".length()));
        database = FaultProxy.to(uri.getHost(), uri.getPort());
        config.put("quarkus.datasource.jdbc.url", jdbc.replace(":" + uri.getPort() + "/", ":" + database.port() + "/"));
        URI registryUri = URI.create(config.get("revcycle.messaging.registry-url"));
        registry = FaultProxy.to(registryUri.getHost(), registryUri.getPort());
        config.put("revcycle.messaging.registry-url", config.get("revcycle.messaging.registry-url")
                .replace(":" + registryUri.getPort() + "/", ":" + registry.port() + "/"));
        // an outage is noticed quickly, and the pool does not wait long for a connection that cannot come
        config.put("quarkus.datasource.jdbc.acquisition-timeout", "2S");
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
        if (registry != null) {
            registry.close();
        }
    }
}
