package io.revcycle.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

import io.revcycle.rest.Problem;

class AuditResponseFilterTest {

    @Test
    void shouldKeepTheOutagesOwn503AndAskToRetryWhenTheAuditRowCannotBeWritten() {
        Map<String, Object> state = new HashMap<>(Map.of("status", 503, "entity", "the service's OperationOutcome"));

        AuditResponseFilter.unavailable(response(state));

        assertThat(state).containsEntry("status", 503).containsEntry("entity", "the service's OperationOutcome");
        assertThat(headers(state).getFirst("Retry-After")).isEqualTo(5);
    }

    @Test
    void shouldServeNothingUnrecordedWhenTheDatabaseWentAwayAfterTheCall() {
        Map<String, Object> state = new HashMap<>(Map.of("status", 200, "entity", "a claim"));

        AuditResponseFilter.unavailable(response(state));

        assertThat(state).containsEntry("status", 503).containsEntry("mediaType", Problem.MEDIA_TYPE);
        assertThat(((Problem) state.get("entity")).detail()).contains("became unavailable before this call could be recorded");
        assertThat(headers(state).getFirst("Retry-After")).isEqualTo(5);
    }

    @SuppressWarnings("unchecked")
    private static MultivaluedMap<String, Object> headers(Map<String, Object> state) {
        return (MultivaluedMap<String, Object>) state.get("headers");
    }

    /** The response as a filter sees it: status, entity and headers only. */
    private static ContainerResponseContext response(Map<String, Object> state) {
        state.put("headers", new MultivaluedHashMap<String, Object>());
        return (ContainerResponseContext) Proxy.newProxyInstance(AuditResponseFilterTest.class.getClassLoader(),
                new Class<?>[] {ContainerResponseContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getStatus" -> state.get("status");
                    case "setStatus" -> state.put("status", args[0]);
                    case "getHeaders" -> state.get("headers");
                    case "setEntity" -> {
                        state.put("entity", args[0]);
                        if (args.length == 3) {
                            state.put("mediaType", String.valueOf(args[2]));
                        }
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
