package io.revcycle.hl7;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The HL7 v2 intake's MLLP listener. */
@ConfigMapping(prefix = "revcycle.hl7")
public interface Hl7Config {

    Mllp mllp();

    interface Mllp {
        /** Off where no interface engine connects (HTTP POST /hl7 stays available). */
        @WithDefault("true")
        boolean enabled();

        /** 2575 is HL7's registered MLLP port; 0 picks a free one (tests). */
        @WithDefault("2575")
        int port();

        @WithDefault("0.0.0.0")
        String host();

        /** Connections served at once; more wait for a free one. */
        @WithDefault("8")
        int connections();
    }
}
