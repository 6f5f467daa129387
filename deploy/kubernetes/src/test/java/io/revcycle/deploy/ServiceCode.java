package io.revcycle.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.revcycle.events.Topics;

/**
 * The topics a service's code and configuration name, read from its sources: a handler's {@code topic()} and
 * {@code revcycle.edi.consume-topic} are consumed; every other {@code Topics.X} the service names, and
 * {@code revcycle.edi.forward-topic}, are published.
 */
record ServiceCode(String service, Set<String> consumes, Set<String> publishes) {

    private static final Pattern TOPIC_CONSTANT = Pattern.compile("Topics\\.([A-Z_]+)\\b");
    private static final Pattern HANDLER_TOPIC = Pattern.compile(
            "String topic\\(\\)\\s*\\{\\s*return Topics\\.([A-Z_]+);");

    static ServiceCode of(String service) {
        Path module = Manifests.root().resolve(service);
        Set<String> consumes = new TreeSet<>();
        Set<String> publishes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                Matcher handler = HANDLER_TOPIC.matcher(code);
                boolean isHandler = code.contains("implements IntegrationEventHandler");
                while (isHandler && handler.find()) {
                    consumes.add(topic(handler.group(1)));
                }
                String rest = isHandler ? HANDLER_TOPIC.matcher(code).replaceAll("") : code;
                Matcher m = TOPIC_CONSTANT.matcher(rest);
                while (m.find()) {
                    publishes.add(topic(m.group(1)));
                }
            }
            Properties props = new Properties();
            try (var in = Files.newBufferedReader(module.resolve("src/main/resources/application.properties"))) {
                props.load(in);
            }
            if (props.getProperty("revcycle.edi.consume-topic") != null) {
                consumes.add(props.getProperty("revcycle.edi.consume-topic"));
            }
            if (props.getProperty("revcycle.edi.forward-topic") != null) {
                publishes.add(props.getProperty("revcycle.edi.forward-topic"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceCode(service, consumes, publishes);
    }

    /** Topics.X to its name, through the real class (an unknown constant fails). */
    static String topic(String constant) {
        try {
            Field f = Topics.class.getField(constant);
            return (String) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Topics." + constant + " is not a topic", e);
        }
    }

    /** The ACLs the service needs, as "type name operation" (all literal). */
    Map<String, Set<String>> expectedAcls() {
        Map<String, Set<String>> acls = new TreeMap<>();
        for (String t : publishes) {
            add(acls, "topic " + t, "Write", "Describe");
        }
        for (String t : consumes) {
            // Write too: a dead-letter replay republishes on the origin topic
            add(acls, "topic " + t, "Read", "Write", "Describe");
            add(acls, "topic " + Topics.deadLetterOf(t), "Read", "Write", "Describe");
            add(acls, "group " + service + "." + t, "Read", "Describe");
        }
        return acls;
    }

    private static void add(Map<String, Set<String>> acls, String resource, String... ops) {
        acls.computeIfAbsent(resource, k -> new TreeSet<>()).addAll(Set.of(ops));
    }
}
