package io.revcycle.coding.config;

import java.math.BigDecimal;

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

    Queue queue();

    Audit audit();

    interface Audit {
        /** Share of finalized items (0-100 %) sampled for second-level review by a coding auditor. */
        @WithDefault("5")
        int samplePercent();
    }

    interface Queue {
        /**
         * Dollars of expected charge worth one day of waiting in the queue priority (days waiting + expected charge /
         * this): with 1000, a $20,000 stay documented today comes before a 15-day-old office visit.
         */
        @WithDefault("1000")
        BigDecimal chargePerDay();
    }
}
