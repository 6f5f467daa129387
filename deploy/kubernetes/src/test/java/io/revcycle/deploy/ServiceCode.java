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
 * {@code revcycle.edi.forward-topic}, are published. {@code groups} maps each consumed topic to its consumer group:
 * {@code <service>.<topic>}, or {@code <service>.<name>} for a handler whose {@code sharedConsumer()} names one.
 */
record ServiceCode(String service, Set<String> consumes, Set<String> publishes, Map<String, String> groups) {

    private static final Pattern TOPIC_CONSTANT = Pattern.compile("Topics\\.([A-Z_]+)\\b");
    private static final Pattern HANDLER_TOPIC = Pattern.compile(
            "String topic\\(\\)\\s*\\{\\s*return Topics\\.([A-Z_]+);");
    /** {@code return Optional.of("name")} or {@code return Optional.of(SomeClass.CONSTANT)} */
    private static final Pattern SHARED_CONSUMER = Pattern.compile(
            "sharedConsumer\\(\\)\\s*\\{\\s*return Optional\\.of\\((?:\"([^\"]+)\"|(\\w+)\\.(\\w+))\\);");

    static ServiceCode of(String service) {
        Path module = Manifests.root().resolve(service);
        Set<String> consumes = new TreeSet<>();
        Set<String> publishes = new TreeSet<>();
        Map<String, String> groups = new TreeMap<>();
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                Matcher handler = HANDLER_TOPIC.matcher(code);
                boolean isHandler = code.contains("implements IntegrationEventHandler");
                while (isHandler && handler.find()) {
                    String topic = topic(handler.group(1));
                    consumes.add(topic);
                    groups.put(topic, service + "." + sharedConsumer(module, code).orElse(topic));
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
            String ediTopic = props.getProperty("revcycle.edi.consume-topic");
            if (ediTopic != null) {
                consumes.add(ediTopic);
                groups.put(ediTopic, service + "." + ediTopic);
            }
            if (props.getProperty("revcycle.edi.forward-topic") != null) {
                publishes.add(props.getProperty("revcycle.edi.forward-topic"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceCode(service, consumes, publishes, groups);
    }

    /** The shared consumer a handler's source names, resolving a constant in another class of the module. */
    private static java.util.Optional<String> sharedConsumer(Path module, String code) throws IOException {
        Matcher m = SHARED_CONSUMER.matcher(code);
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        if (m.group(1) != null) {
            return java.util.Optional.of(m.group(1));
        }
        String owner = m.group(2) + ".java";
        String constant = m.group(3);
        try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
            Path file = files.filter(p -> p.getFileName().toString().equals(owner)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(owner + " not found in " + module));
            Matcher value = Pattern.compile("String " + constant + "\\s*=\\s*\"([^\"]+)\"")
                    .matcher(Files.readString(file));
            if (!value.find()) {
                throw new IllegalStateException(owner + " has no String constant " + constant);
            }
            return java.util.Optional.of(value.group(1));
        }
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
            add(acls, "group " + groups.get(t), "Read", "Describe");
            if (!groups.get(t).equals(service + "." + t)) {
                // a shared group's first start reads where the handler's own group stopped
                add(acls, "group " + service + "." + t, "Describe");
            }
        }
        return acls;
    }

    private static void add(Map<String, Set<String>> acls, String resource, String... ops) {
        acls.computeIfAbsent(resource, k -> new TreeSet<>()).addAll(Set.of(ops));
    }
}
