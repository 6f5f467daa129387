package io.revcycle.coding.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the coding stage. */
@ConfigMapping(prefix = "revcycle.coding")
public interface CodingConfig {

    /** Finalize clean encounters without a coder (straight-through coding); false sends everything to the worklist. */
    @WithDefault("true")
    boolean autoFinalize();

    /** Most work items one GET /worklist returns (oldest first). */
    @WithDefault("200")
    int worklistLimit();
}
