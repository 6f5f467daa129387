package io.revcycle.registry;

import io.apicurio.common.apps.config.DynamicConfigPropertyList;

import java.util.List;

import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.inject.Produces;
import javax.inject.Singleton;

/**
 * Replaces the {@code apicurio-common-app-components-config-index} Quarkus extension, which is
 * excluded from this build. That extension's only runtime job is to publish a
 * {@link DynamicConfigPropertyList} bean listing the "dynamic" (runtime-editable) config
 * properties. We publish an empty list: the registry then simply exposes no dynamic config
 * properties via {@code /apis/registry/v2/admin/config/properties}; static configuration
 * (application.properties / -D system properties / env vars) works as usual.
 *
 * <p>Note: Apicurio Registry 2.4.2 runs on Quarkus 2.16, i.e. {@code javax.*} CDI annotations.
 */
@ApplicationScoped
public class DynamicConfigPropertyListProducer {

    @Produces
    @Singleton
    DynamicConfigPropertyList dynamicConfigPropertyList() {
        return new DynamicConfigPropertyList(List.of());
    }
}
