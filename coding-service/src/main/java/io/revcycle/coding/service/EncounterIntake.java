package io.revcycle.coding.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.revcycle.coding.domain.DocumentedEncounter;
import io.revcycle.coding.messaging.EncounterDocumentedMapper;
import io.revcycle.events.EncounterDocumented;
import io.revcycle.events.Topics;
import io.revcycle.messaging.outbox.EventOutbox;
import io.revcycle.rest.ProblemException;

/**
 * Accepts documentation through the API by publishing EncounterDocumented, the same event an EHR integration
 * publishes; the work item is then created by the event handler, so both paths behave the same.
 */
@ApplicationScoped
public class EncounterIntake {

    public static final String API_SOURCE = "API";
    public static final String FHIR_SOURCE = "FHIR";

    /** What a FHIR bundle did: documented the encounter, repeated an earlier bundle, or contradicted it. */
    public enum BundleOutcome { DOCUMENTED, REPEATED, CONFLICT }
    private static final Logger LOG = Logger.getLogger(EncounterIntake.class);

    private final EventOutbox outbox;

    public EncounterIntake(EventOutbox outbox) {
        this.outbox = outbox;
    }

    /** Returns the encounter id (generated when the request has none). */
    @Transactional
    public String document(DocumentEncounterCommand command) {
        return document(command, API_SOURCE);
    }

    /** As {@link #document(DocumentEncounterCommand)}, for another intake path (HL7 v2) naming itself as source. */
    @Transactional
    public String document(DocumentEncounterCommand command, String source) {
        String encounterId = command.encounterId() != null ? command.encounterId() : "ENC-" + UUID.randomUUID();
        EncounterDocumented event = EncounterDocumentedMapper.toEvent(command, encounterId, source,
                UUID.randomUUID(), Instant.now());
        if (!DocumentedEncounter.record(encounterId, source, event.getEventId())) {
            throw ProblemException.conflict("encounter " + encounterId + " was already documented");
        }
        outbox.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId, event);
        LOG.debugf("encounter %s documented through %s", encounterId, source);
        return encounterId;
    }

    /**
     * Documents a FHIR bundle's encounter (the command carries the Encounter's identifier). Posting the same bundle
     * again changes nothing (REPEATED, recognised by the checksum of what it became); different documentation for
     * an encounter already documented is a CONFLICT. Neither throws, so the caller's transaction stays usable.
     */
    @Transactional
    public BundleOutcome documentBundle(DocumentEncounterCommand command, String contentChecksum) {
        String encounterId = command.encounterId();
        EncounterDocumented event = EncounterDocumentedMapper.toEvent(command, encounterId, FHIR_SOURCE,
                UUID.randomUUID(), Instant.now());
        if (!DocumentedEncounter.record(encounterId, FHIR_SOURCE, event.getEventId(), contentChecksum)) {
            DocumentedEncounter earlier = DocumentedEncounter.findById(encounterId);
            boolean same = earlier != null && contentChecksum.equals(earlier.contentChecksum);
            LOG.infof("encounter %s documented before; FHIR bundle %s", encounterId, same ? "repeated" : "refused");
            return same ? BundleOutcome.REPEATED : BundleOutcome.CONFLICT;
        }
        outbox.publish(Topics.ENCOUNTER_DOCUMENTED, encounterId, event);
        LOG.debugf("encounter %s documented through FHIR", encounterId);
        return BundleOutcome.DOCUMENTED;
    }
}
