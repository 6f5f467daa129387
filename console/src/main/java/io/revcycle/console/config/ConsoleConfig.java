package io.revcycle.console.config;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "revcycle.console")
public interface ConsoleConfig {

    /** The zone the screens show times in (fetched at, raised at); the services answer in UTC. */
    @WithDefault("UTC")
    ZoneId zone();

    /** Rows of a work list page; the services cap their own lists (coding-service: revcycle.coding.worklist-limit). */
    @WithDefault("50")
    int pageSize();
}
