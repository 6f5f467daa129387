package io.revcycle.remittance.config;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the remittance service (prefix {@code revcycle.remittance}). */
@ConfigMapping(prefix = "revcycle.remittance")
public interface RemittanceConfig {

    /** Most rows GET /remittances returns, newest first. */
    @WithDefault("500")
    int listLimit();

    /** A denial rules file (JSON, the layout of denial-intelligence's denial-rules.json); unset: the shipped rules. */
    Optional<String> denialRulesFile();
}
