package io.revcycle.payersim.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The simulator's own settings; payers, plans, members and contract terms live in its tables. */
@ConfigMapping(prefix = "revcycle.payer")
public interface PayerSimulatorConfig {

    /**
     * How often queued adjudications leave as 835s. Always later than the 277CA of the same claims, which is sent in
     * the intake transaction.
     */
    @WithDefault("2s")
    Duration paymentCycle();
}
