package io.revcycle.testsupport;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a service under test at the shared real infrastructure and gives it its own database.
 * Use: {@code @QuarkusTestResource(value = RevCycleInfrastructure.class,
 * initArgs = @ResourceArg(name = "database", value = "coding"))} on one test class of the module.
 */
public class RevCycleInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String database = "service";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        SharedInfrastructure infra = SharedInfrastructure.get();
        infra.postgres().createDatabase(database);
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", infra.bootstrapServers());
        config.put("revcycle.messaging.bootstrap-servers", infra.bootstrapServers());
        config.put("revcycle.messaging.registry-url", infra.registryUrl());
        config.put("mp.messaging.connector.smallrye-kafka.apicurio.registry.url", infra.registryUrl());
        config.put("quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database));
        config.put("quarkus.datasource.username", infra.postgres().user());
        config.put("quarkus.datasource.password", infra.postgres().password());
        return config;
    }

    @Override
    public void stop() {
        // shared for the whole JVM; stopped by a shutdown hook
    }
}
