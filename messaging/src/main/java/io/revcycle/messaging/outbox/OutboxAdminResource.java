package io.revcycle.messaging.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** For operators: outbox rows the relay set aside, and releasing one once its cause is fixed. */
@Path("/admin/outbox/quarantine")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxAdminResource {

    /** A quarantined row without its payload (events carry PHI). */
    public record QuarantinedRow(long id, UUID eventId, String topic, String key, String eventType, Instant createdAt,
            Instant quarantinedAt, String reason) {
    }

    private final EntityManager em;

    public OutboxAdminResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @RolesAllowed("${revcycle.security.operations-roles}")
    public List<QuarantinedRow> list() {
        return em.createQuery("from OutboxMessage where quarantinedAt is not null and publishedAt is null order by id",
                OutboxMessage.class).setMaxResults(1000).getResultList().stream()
                .map(m -> new QuarantinedRow(m.id, m.eventId, m.topic, m.messageKey, m.eventType, m.createdAt,
                        m.quarantinedAt, m.quarantineReason))
                .toList();
    }

    /** The relay tries the row again (and the rows of its key behind it). */
    @POST
    @Path("/{id}/release")
    @Transactional
    @RolesAllowed("${revcycle.security.operations-roles}")
    public QuarantinedRow release(@PathParam("id") long id) {
        OutboxMessage m = em.find(OutboxMessage.class, id);
        if (m == null || m.quarantinedAt == null || m.publishedAt != null) {
            throw new NotFoundException("no quarantined outbox row " + id);
        }
        QuarantinedRow before = new QuarantinedRow(m.id, m.eventId, m.topic, m.messageKey, m.eventType, m.createdAt,
                m.quarantinedAt, m.quarantineReason);
        m.quarantinedAt = null;
        m.quarantineReason = null;
        return before;
    }
}
