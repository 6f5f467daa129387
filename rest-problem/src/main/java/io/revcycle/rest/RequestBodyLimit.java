package io.revcycle.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * The per-endpoint request size limit: {@code revcycle.http.max-request-body} (default 1 MiB) for every endpoint
 * not marked {@link LargeRequestBody}. A declared Content-Length over the limit is refused before the body is read;
 * a chunked body is counted as it is read. Either way the answer is 413 problem+json and nothing changes.
 */
public class RequestBodyLimit {

    static final String TITLE = "Content Too Large";

    @ConfigProperty(name = "revcycle.http.max-request-body", defaultValue = "1M")
    MemorySize limit;

    @ServerRequestFilter
    public Optional<Response> limit(ContainerRequestContext request, ResourceInfo resource, UriInfo uri) {
        if (resource.getResourceMethod() == null
                || resource.getResourceMethod().isAnnotationPresent(LargeRequestBody.class)) {
            return Optional.empty();
        }
        long max = limit.asLongValue();
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > max) {
                    return Optional.of(ProblemMappers.respond(413, TITLE, detail(max), uri));
                }
                return Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.of(ProblemMappers.respond(400, "Bad Request", "Content-Length is not a number", uri));
            }
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), max));
        }
        return Optional.empty();
    }

    private static String detail(long max) {
        return "The request body is larger than this endpoint takes (" + max + " bytes)";
    }

    /**
     * Thrown while the body is read; readers may wrap it (Jackson does), so the problem mappers look for it among
     * the causes ({@link ProblemMappers#tooLarge}).
     */
    static final class TooLarge extends WebApplicationException {
        TooLarge(String detail) {
            super(detail, 413);
        }
    }

    /** Counts what is read; past the limit the read fails with a 413 the problem mappers answer. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private long read;

        Bounded(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new TooLarge(detail(max));
            }
        }
    }
}
