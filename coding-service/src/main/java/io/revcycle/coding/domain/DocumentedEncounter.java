package io.revcycle.coding.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Remembers every encounter id documented here, whichever path it came by, so a re-POST is a conflict. */
@Entity
@Table(name = "documented_encounter")
public class DocumentedEncounter extends PanacheEntityBase {

    @Id
    @Column(name = "encounter_id")
    public String encounterId;

    @Column(nullable = false)
    public String source;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "documented_at", nullable = false)
    public Instant documentedAt;

    /** SHA-256 of the documentation a FHIR bundle became: a repeat of the same bundle is recognised by it. */
    @Column(name = "content_checksum")
    public String contentChecksum;

    /** Returns false when the id was already recorded; safe against concurrent requests for the same id. */
    public static boolean record(String encounterId, String source, UUID eventId) {
        return record(encounterId, source, eventId, null);
    }

    public static boolean record(String encounterId, String source, UUID eventId, String contentChecksum) {
        return getEntityManager().createNativeQuery("""
                insert into documented_encounter (encounter_id, source, event_id, documented_at, content_checksum)
                values (:id, :source, :eventId, now(), :checksum) on conflict (encounter_id) do nothing""")
                .setParameter("id", encounterId).setParameter("source", source).setParameter("eventId", eventId)
                .setParameter("checksum", contentChecksum)
                .executeUpdate() == 1;
    }
}
