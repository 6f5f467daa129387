package io.revcycle.claims.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the claims API. */
@ConfigMapping(prefix = "revcycle.claims")
public interface ClaimsConfig {

    /** Page size of GET /claims when the caller gives none. */
    @WithDefault("20")
    int defaultPageSize();

    /** Largest page a caller may ask for, so one request cannot read the whole table. */
    @WithDefault("200")
    int maxPageSize();
}
