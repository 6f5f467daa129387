package io.revcycle.coding.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The physician query templates (resources/cdi/query-templates.json), checked against compliant-query practice when
 * loaded: multiple choice ending in "Other" and "Clinically undetermined", at least one clinical option, and no
 * leading wording (nothing about payment, DRGs, complications as billing categories or quality scores).
 */
@ApplicationScoped
public class QueryTemplates {

    public static final String OTHER = "Other";
    public static final String UNDETERMINED = "Clinically undetermined";
    /** Words a compliant query never uses: they lead the physician or tie the answer to money or scores. */
    static final List<String> LEADING = List.of("reimburse", "payment", "paid", "drg", " cc", "mcc", "severity of illness",
            "risk of mortality", "financial", "revenue", "quality score", "please document", "would you agree",
            "don't you", "isn't it");

    public record Template(String id, String title, String question, List<String> options) {
    }

    private final Map<String, Template> templates;

    public QueryTemplates() {
        this(read());
    }

    QueryTemplates(List<Template> all) {
        Map<String, Template> byId = new LinkedHashMap<>();
        for (Template t : all) {
            List<String> problems = problems(t);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("query template " + t.id() + " is not compliant: " + problems);
            }
            byId.put(t.id(), t);
        }
        this.templates = Map.copyOf(byId);
    }

    public List<Template> all() {
        return templates.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    public Optional<Template> get(String id) {
        return Optional.ofNullable(templates.get(id));
    }

    /** What makes a template non-compliant; empty when it is fine. */
    public static List<String> problems(Template t) {
        List<String> problems = new ArrayList<>();
        List<String> options = t.options();
        if (options.size() < 3 || !options.get(options.size() - 2).equals(OTHER)
                || !options.get(options.size() - 1).equals(UNDETERMINED)) {
            problems.add("options must offer at least one clinical choice, then \"Other\" and \"Clinically undetermined\"");
        }
        if (options.stream().distinct().count() != options.size()) {
            problems.add("options repeat");
        }
        String text = (" " + t.question() + " " + String.join(" ", options) + " ").toLowerCase(Locale.ROOT);
        for (String word : LEADING) {
            if (text.contains(word)) {
                problems.add("leading or financial wording: \"" + word.strip() + "\"");
            }
        }
        return problems;
    }

    private static List<Template> read() {
        try (InputStream in = QueryTemplates.class.getResourceAsStream("/cdi/query-templates.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Template> all = new ArrayList<>();
            for (JsonNode t : root.get("templates")) {
                List<String> options = new ArrayList<>();
                t.get("options").forEach(o -> options.add(o.asText()));
                all.add(new Template(t.get("id").asText(), t.get("title").asText(), t.get("question").asText(),
                        List.copyOf(options)));
            }
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
