package io.revcycle.console.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;

/**
 * A service's refusal shown in words with its status (its problem+json detail: "errors remain", "not your item"),
 * never as a console failure; a service that cannot be reached is a 503. Logged by status only: a detail may name
 * what the user typed.
 */
public class ServiceErrors {

    private static final Logger LOG = Logger.getLogger(ServiceErrors.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(int status, String title, String detail, boolean fragment);
    }

    private final ObjectMapper json;

    public ServiceErrors(ObjectMapper json) {
        this.json = json;
    }

    @ServerExceptionMapper
    public Response refused(ClientWebApplicationException e, HttpServerRequest request) {
        Response answer = e.getResponse();
        int status = answer.getStatus();
        String detail = detail(answer);
        if (status >= 500) {
            LOG.warnf("a service answered %d", status);
            return render(502, "The service failed", "It answered " + status + "; try again shortly.", request);
        }
        String title = switch (status) {
            case 401 -> "Your session has ended";
            case 403 -> "Your role does not allow this";
            case 404 -> "Not found";
            case 409 -> "Someone else changed this";
            default -> "Not done";
        };
        return render(status, title, detail, request);
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e, HttpServerRequest request) {
        LOG.warnf("a service could not be reached: %s", e.getClass().getSimpleName());
        return render(503, "A service is not reachable", "Try again shortly.", request);
    }

    @ServerExceptionMapper
    public Response refusedHere(ConsoleProblem e, HttpServerRequest request) {
        return render(e.status(), "Not done", e.getMessage(), request);
    }

    private Response render(int status, String title, String detail, HttpServerRequest request) {
        boolean fragment = "true".equals(request.getHeader(Navigation.HTMX));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(Templates.problem(status, title, detail, fragment).render()).build();
    }

    private String detail(Response answer) {
        try {
            String body = answer.readEntity(String.class);
            JsonNode problem = json.readTree(body);
            JsonNode detail = problem.path("detail");
            return detail.isTextual() ? detail.asText() : problem.path("title").asText("");
        } catch (RuntimeException | java.io.IOException e) {
            return "";
        }
    }
}
