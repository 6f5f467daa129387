package io.revcycle.audit;

import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns the current REST request into an {@link AuditEntry}: the matched method and its {@link Audited} declaration
 * (or, undeclared, its path template as the resource), path parameters as the resource id, the patient, the caller
 * from the verified identity, and the client's address.
 */
@ApplicationScoped
class RequestDescriber {

    private static final Pattern PARAM = Pattern.compile("\\{\\s*([\\w.-]+)\\s*(?::[^}]*)?}");

    private final Map<Method, Endpoint> endpoints = new ConcurrentHashMap<>();
    private final ResourceInfo resourceInfo;
    private final UriInfo uriInfo;
    private final SecurityIdentity identity;
    private final CurrentVertxRequest vertxRequest;
    private final AuditContext context;
    private final String observer;

    RequestDescriber(ResourceInfo resourceInfo, UriInfo uriInfo, SecurityIdentity identity,
            CurrentVertxRequest vertxRequest, AuditContext context,
            @ConfigProperty(name = "quarkus.application.name") String observer) {
        this.resourceInfo = resourceInfo;
        this.uriInfo = uriInfo;
        this.identity = identity;
        this.vertxRequest = vertxRequest;
        this.context = context;
        this.observer = observer;
    }

    /** Null when no resource method matched (an unknown path touches no patient's data). */
    AuditEntry describe(int status, Object body) {
        Method method = resourceInfo.getResourceMethod();
        if (method == null) {
            return null;
        }
        Endpoint endpoint = endpoints.computeIfAbsent(method, m -> Endpoint.of(resourceInfo.getResourceClass(), m));
        RoutingContext rc = vertxRequest.getCurrent();
        String httpMethod = rc.request().method().name();
        String resourceId = resourceId(endpoint.pathParams());
        String patient = context.patientId();
        if (patient == null && endpoint.patient() != null) {
            patient = patient(endpoint.patient(), body);
        }
        boolean anonymous = identity.isAnonymous();
        SocketAddress remote = rc.request().remoteAddress();
        return new AuditEntry(Instant.now(), anonymous ? null : identity.getPrincipal().getName(),
                anonymous ? null : String.join(",", new TreeSet<>(identity.getRoles())), patient,
                endpoint.resource(), resourceId, AuditAction.of(httpMethod, endpoint.operation()), httpMethod,
                uriInfo.getPath(), status, remote == null ? null : remote.hostAddress(), observer);
    }

    private String resourceId(List<String> params) {
        if (params.isEmpty()) {
            return null;
        }
        List<String> values = new ArrayList<>(params.size());
        for (String p : params) {
            values.add(uriInfo.getPathParameters().getFirst(p));
        }
        return String.join("/", values);
    }

    private String patient(String name, Object body) {
        String value = uriInfo.getPathParameters().getFirst(name);
        if (value == null) {
            value = uriInfo.getQueryParameters().getFirst(name);
        }
        if (value == null) {
            value = PropertyReader.read(body, name);
        }
        return value == null || value.isBlank() ? null : value;
    }

    /** What is fixed per resource method, worked out once. */
    record Endpoint(String resource, String patient, boolean operation, List<String> pathParams) {

        static Endpoint of(Class<?> type, Method method) {
            String template = join(type.getAnnotation(Path.class), method.getAnnotation(Path.class));
            List<String> params = new ArrayList<>();
            Matcher m = PARAM.matcher(template);
            while (m.find()) {
                params.add(m.group(1));
            }
            Audited audited = method.getAnnotation(Audited.class);
            if (audited == null) {
                audited = type.getAnnotation(Audited.class);
            }
            if (audited == null) {
                return new Endpoint(template, null, false, params);
            }
            return new Endpoint(audited.resource(), audited.patient().isEmpty() ? null : audited.patient(),
                    audited.operation(), params);
        }

        private static String join(Path typePath, Path methodPath) {
            String a = typePath == null ? "" : typePath.value();
            String b = methodPath == null ? "" : methodPath.value();
            String path = "/" + strip(a) + (b.isEmpty() || strip(b).isEmpty() ? "" : "/" + strip(b));
            return path.equals("/") ? path : path.replaceAll("/+$", "");
        }

        private static String strip(String p) {
            return p.replaceAll("^/+|/+$", "");
        }
    }
}
