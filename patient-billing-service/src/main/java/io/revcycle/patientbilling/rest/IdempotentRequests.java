package io.revcycle.patientbilling.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.revcycle.patientbilling.domain.IdempotencyRecord;
import io.revcycle.rest.ProblemException;

/**
 * Idempotency-Key on every money mutation: the first request with a key runs and its answer is kept (in the same
 * transaction as the money it moved); the same key with the same request returns that answer again (header
 * {@code Idempotent-Replayed: true}); the same key with another request is 422; concurrent requests with one key
 * queue on the key's row, so exactly one posts. A request that failed kept nothing: it may be retried with its key.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    private final ObjectMapper json;

    public IdempotentRequests(ObjectMapper json) {
        this.json = json;
    }

    /** Runs {@code action} once per key and scope (the route with its path parameters, e.g. POST /accounts/P1/payments). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Response once(String key, String scope, Object request, Supplier<Response> action) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw ProblemException.badRequest("A money mutation needs an " + HEADER + " header (1-200 characters)");
        }
        String hash = hash(request);
        if (!IdempotencyRecord.claim(scope, key, hash)) {
            IdempotencyRecord first = IdempotencyRecord.findById(new IdempotencyRecord.Key(scope, key));
            if (!first.requestHash.equals(hash)) {
                throw new ProblemException(422, "Unprocessable Content", HEADER + " " + key
                        + " was already used for a different request");
            }
            Response.ResponseBuilder replay = Response.status(first.status).header(REPLAYED, "true");
            if (first.location != null) {
                replay.location(URI.create(first.location));
            }
            return first.responseBody == null ? replay.build()
                    : replay.entity(first.responseBody).type(MediaType.APPLICATION_JSON).build();
        }
        Response response = action.get();
        IdempotencyRecord record = IdempotencyRecord.findById(new IdempotencyRecord.Key(scope, key));
        record.status = response.getStatus();
        record.responseBody = response.hasEntity() ? write(response.getEntity()) : null;
        record.location = response.getLocation() == null ? null : response.getLocation().toString();
        return response;
    }

    private String hash(Object request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(write(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
