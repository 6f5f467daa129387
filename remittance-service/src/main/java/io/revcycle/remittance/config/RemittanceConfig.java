package io.revcycle.remittance.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the remittance service (prefix {@code revcycle.remittance}). */
@ConfigMapping(prefix = "revcycle.remittance")
public interface RemittanceConfig {

    /** Most rows GET /remittances returns, newest first. */
    @WithDefault("500")
    int listLimit();
}
