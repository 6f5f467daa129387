package io.revcycle.deploy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Core Kubernetes objects read into the fabric8 kubernetes-model classes (the API's own types) with every unknown
 * field an error. fabric8 keeps unknown fields in each object's additionalProperties instead of failing, so after
 * reading, the whole object graph is walked and any additional property is reported with its path.
 */
final class StrictCoreModel {

    static final Map<String, Class<?>> KINDS = Map.of("v1/ConfigMap", ConfigMap.class, "v1/Secret", Secret.class,
            "v1/Service", Service.class, "apps/v1/Deployment", Deployment.class, "batch/v1/Job", Job.class,
            "batch/v1/CronJob", CronJob.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class, "networking.k8s.io/v1/Ingress", Ingress.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class);

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private StrictCoreModel() {
    }

    static boolean knows(JsonNode o) {
        return KINDS.containsKey(o.path("apiVersion").asText() + "/" + o.path("kind").asText());
    }

    /** Problems found reading {@code o} as its core type (empty: valid). */
    static List<String> problems(JsonNode o) {
        Class<?> type = KINDS.get(o.path("apiVersion").asText() + "/" + o.path("kind").asText());
        return problems(o, type);
    }

    static List<String> problems(JsonNode node, Class<?> type) {
        try {
            Object value = MAPPER.treeToValue(node, type);
            List<String> problems = new ArrayList<>();
            walk(value, "", problems, Collections.newSetFromMap(new IdentityHashMap<>()));
            return problems;
        } catch (Exception e) {
            return List.of(e.getMessage().lines().findFirst().orElse(e.toString()));
        }
    }

    static List<String> metadataProblems(JsonNode o) {
        return problems(o.path("metadata"), ObjectMeta.class);
    }

    private static void walk(Object value, String path, List<String> problems, Set<Object> seen) {
        if (value == null || !value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")
                || !seen.add(value)) {
            if (value instanceof Collection<?> c) {
                int i = 0;
                for (Object e : c) {
                    walk(e, path + "[" + i++ + "]", problems, seen);
                }
            } else if (value instanceof Map<?, ?> m) {
                m.forEach((k, v) -> walk(v, path + "." + k, problems, seen));
            }
            return;
        }
        for (Method m : value.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            try {
                Object child = m.invoke(value);
                if (m.getName().equals("getAdditionalProperties")) {
                    if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        problems.add("unknown field(s) " + extra.keySet() + " at " + (path.isEmpty() ? "." : path));
                    }
                } else {
                    String field = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
                    walk(child, path + "." + field, problems, seen);
                }
            } catch (ReflectiveOperationException e) {
                problems.add("cannot read " + path + " " + m.getName() + ": " + e);
            }
        }
    }
}
