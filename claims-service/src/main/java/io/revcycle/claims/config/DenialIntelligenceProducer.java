package io.revcycle.claims.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;
import io.revcycle.denials.DenialClassifier;
import io.revcycle.denials.DenialRules;

/**
 * The denial rules in force here: they classify denials whose event came without a classification (older events)
 * and the queues read their categories. Read at start, so a broken rules file stops the service rather than misroutes.
 */
public class DenialIntelligenceProducer {

    @Produces
    @Singleton
    @Startup
    DenialClassifier classifier(ClaimsConfig config) {
        return new DenialClassifier(DenialRules.fileOrShipped(config.denialRulesFile()));
    }
}
