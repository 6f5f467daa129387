package io.revcycle.payersim.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    SitOnClaims sitOnClaims();

    /**
     * Claims the payer accepts (277CA A2) and then sits on: never adjudicated, no 835, a 276 about them answered
     * pending (P1). Lets the provider's claim status follow-up be exercised.
     */
    interface SitOnClaims {
        /** Members (2010BA NM109) whose claims are sat on. */
        Optional<List<String>> members();

        /** The share (0.0 to 1.0) of every other accepted claim that is sat on, chosen by its patient control number. */
        @WithDefault("0")
        double share();
    }
}
