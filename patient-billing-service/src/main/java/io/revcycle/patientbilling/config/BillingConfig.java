package io.revcycle.patientbilling.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the patient billing service (prefix {@code revcycle.billing}). */
@ConfigMapping(prefix = "revcycle.billing")
public interface BillingConfig {

    /** Most accounts GET /accounts returns, highest balance first. */
    @WithDefault("500")
    int listLimit();
}
