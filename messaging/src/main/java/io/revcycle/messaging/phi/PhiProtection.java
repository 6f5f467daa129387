package io.revcycle.messaging.phi;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.quarkus.runtime.Startup;
import io.revcycle.events.phi.EventPhi;
import io.revcycle.events.phi.PhiCipher;
import io.revcycle.events.phi.PhiKeyring;
import io.revcycle.events.phi.UnreadablePhiException;
import io.revcycle.messaging.PermanentEventException;

/**
 * The service's side of PHI protection: the outbox seals every event before it is stored (so the outbox table, the
 * topic and any dead letter hold ciphertext), and the shared consumer opens sealed fields before a handler sees the
 * event. A service without keys cannot publish PHI-bearing events, and its handlers get them still sealed.
 */
@ApplicationScoped
@Startup // a malformed key list stops the service at start, not at its first event
public class PhiProtection {

    private final Optional<EventPhi> phi;

    public PhiProtection(PhiConfig config) {
        this.phi = config.keys().filter(k -> !k.isBlank())
                .map(k -> new EventPhi(new PhiCipher(PhiKeyring.parse(k, config.activeKeyId()))));
    }

    public boolean holdsKeys() {
        return phi.isPresent();
    }

    /** The event as it may leave the service: PHI sealed. */
    public <E extends SpecificRecord> E protect(E event) {
        if (!EventPhi.carriesPhi(event.getClass())) {
            return event;
        }
        return phi.orElseThrow(() -> new IllegalStateException(event.getSchema().getName()
                + " carries PHI but this service holds no PHI key (revcycle.phi.keys)")).protect(event);
    }

    /**
     * The event with its PHI back in the plaintext fields; unchanged where the service holds no key. A field that
     * cannot be opened is a {@link PermanentEventException}: the record goes to the dead-letter topic, once.
     */
    public <E extends SpecificRecord> E reveal(E event) {
        if (phi.isEmpty() || !EventPhi.isSealed(event)) {
            return event;
        }
        try {
            return phi.get().reveal(event);
        } catch (UnreadablePhiException e) {
            throw new PermanentEventException(e.getMessage(), e);
        }
    }
}
