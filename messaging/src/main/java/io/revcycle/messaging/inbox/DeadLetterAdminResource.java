package io.revcycle.messaging.inbox;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.revcycle.messaging.inbox.DeadLetterAdmin.DeadLetter;

/** For operators (and {@code ./revcycle dlq}): this service's dead letters, and replaying them once fixed. */
@Path("/admin/dlq")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterAdminResource {

    private final DeadLetterAdmin admin;

    public DeadLetterAdminResource(DeadLetterAdmin admin) {
        this.admin = admin;
    }

    @GET
    @RolesAllowed("${revcycle.security.operations-roles}")
    public List<DeadLetter> list(@QueryParam("topic") String dlqTopic) {
        return admin.list(Optional.ofNullable(dlqTopic).filter(t -> !t.isBlank()));
    }

    @GET
    @Path("/{topic}/{partition}/{offset}")
    @RolesAllowed("${revcycle.security.operations-roles}")
    public DeadLetter show(@PathParam("topic") String topic, @PathParam("partition") int partition,
            @PathParam("offset") long offset) {
        return admin.find(topic, partition, offset).orElseThrow(() -> notFound(topic, partition, offset));
    }

    /** Puts the event back on its origin topic with its event id: applied once, however often it is replayed. */
    @POST
    @Path("/{topic}/{partition}/{offset}/replay")
    @RolesAllowed("${revcycle.security.operations-roles}")
    public DeadLetter replay(@PathParam("topic") String topic, @PathParam("partition") int partition,
            @PathParam("offset") long offset) {
        return admin.replay(topic, partition, offset).orElseThrow(() -> notFound(topic, partition, offset));
    }

    private static NotFoundException notFound(String topic, int partition, long offset) {
        return new NotFoundException("no dead letter of this service at " + topic + "-" + partition + "@" + offset);
    }
}
