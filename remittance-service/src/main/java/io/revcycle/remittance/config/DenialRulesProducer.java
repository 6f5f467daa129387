package io.revcycle.remittance.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import io.revcycle.denials.DenialClassifier;
import io.revcycle.denials.DenialRules;

/** The denial rules in force: read once at start, so a broken rules file stops the service rather than misroutes. */
public class DenialRulesProducer {

    @Produces
    @Singleton
    @Startup
    DenialClassifier classifier(RemittanceConfig config) {
        return new DenialClassifier(DenialRules.fileOrShipped(config.denialRulesFile()));
    }
}
