package io.revcycle.messaging.phi;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The PHI keys of a service (docs/phi-protection.md). Only services that publish or read PHI are given keys; the
 * others leave both unset and never see a sealed field's content.
 */
@ConfigMapping(prefix = "revcycle.phi")
public interface PhiConfig {

    /** {@code id:base64key[,id:base64key...]} (env REVCYCLE_PHI_KEYS, from a Kubernetes Secret). */
    Optional<String> keys();

    /** The key new envelopes are sealed with (env REVCYCLE_PHI_ACTIVE_KEY_ID); the first listed key when unset. */
    Optional<String> activeKeyId();
}
