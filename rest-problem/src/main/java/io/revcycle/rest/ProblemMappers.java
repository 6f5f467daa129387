package io.revcycle.rest;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Maps every error a RevCycle API can raise to RFC 7807 problem+json. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(Problem.FieldError::field)).toList();
        return respond(400, "Bad Request", "The request has invalid fields", uri, errors);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        Optional<Response> tooLarge = tooLarge(e, uri);
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        return respond(400, "Bad Request", "The body is not valid JSON for this resource: " + e.getOriginalMessage(),
                uri, List.of());
    }

    /** Quarkus has a built-in plain-JSON mapper for this subtype (e.g. an invalid date); answer problem+json too. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Optional<Response> tooLarge = tooLarge(e, uri);
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        int status = e.getResponse().getStatus();
        Throwable cause = e.getCause();
        String detail = cause instanceof JsonProcessingException j ? "The body is not valid JSON: " + j.getOriginalMessage()
                : e.getMessage();
        return respond(status, e.getResponse().getStatusInfo().getReasonPhrase(), detail, uri, List.of());
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Exception e, UriInfo uri) {
        Optional<Response> tooLarge = tooLarge(e, uri);
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        if (lostRace(e)) {
            return respond(409, "Conflict", "The resource was changed by another request at the same time; "
                    + "read it again and retry", uri);
        }
        if (DatabaseOutage.causes(e)) {
            // a passing outage, not a fault of the request or the service: nothing was changed, ask to retry
            LOG.warnf("database unavailable: %s", e.getClass().getName());
            return Response.status(503).type(Problem.MEDIA_TYPE)
                    .entity(DatabaseOutage.problem(uri == null ? null : uri.getPath()))
                    .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).build();
        }
        LOG.error("unexpected error", e);
        return respond(500, "Internal Server Error", "The request could not be completed", uri, List.of());
    }

    /**
     * A versioned entity changed by another transaction between this request's read and write (named, not imported:
     * this module does not depend on JPA).
     */
    static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals("jakarta.persistence.OptimisticLockException")
                        || c.getName().equals("org.hibernate.StaleStateException")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A body cut off by {@link RequestBodyLimit}, however the reader wrapped it: 413. */
    static Optional<Response> tooLarge(Throwable e, UriInfo uri) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RequestBodyLimit.TooLarge large) {
                return Optional.of(respond(413, RequestBodyLimit.TITLE, large.getMessage(), uri));
            }
        }
        return Optional.empty();
    }

    static Response respond(int status, String title, String detail, UriInfo uri) {
        return respond(status, title, detail, uri, List.of());
    }

    private static Response respond(int status, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        Problem p = new Problem(URI.create("about:blank"), title, status, detail,
                uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    /** "create.command.patient.firstName" → "patient.firstName" */
    private static String fieldOf(String path) {
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }
}
