package io.revcycle.testsupport;

import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.revcycle.events.phi.EventPhi;
import io.revcycle.events.phi.PhiCipher;
import io.revcycle.events.phi.PhiKeyring;

/**
 * Tests read events the way a service holding the PHI key does: sealed fields opened with the test profile's keys
 * ({@code revcycle.phi.keys}). Tests that check what an integrator without the key sees read raw records instead.
 */
public final class TestPhi {

    private TestPhi() {
    }

    public static EventPhi phi() {
        Config config = ConfigProvider.getConfig();
        String keys = config.getOptionalValue("revcycle.phi.keys", String.class)
                .orElseThrow(() -> new IllegalStateException("revcycle.phi.keys is not set for this test"));
        Optional<String> active = config.getOptionalValue("revcycle.phi.active-key-id", String.class);
        return new EventPhi(new PhiCipher(PhiKeyring.parse(keys, active)));
    }

    /** The event with its PHI opened; events without a sealed field come back as they are. */
    public static <E extends SpecificRecord> E reveal(E event) {
        return EventPhi.isSealed(event) ? phi().reveal(event) : event;
    }

    /** The event as a service would publish it (an EHR integration holding the key does the same). */
    public static <E extends SpecificRecord> E seal(E event) {
        return phi().protect(event);
    }
}
