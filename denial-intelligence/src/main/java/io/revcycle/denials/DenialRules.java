package io.revcycle.denials;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The classification rules as data ({@code denials/denial-rules.json}, or a candidate set for a dry run): a version,
 * the default appeal window, per category its owning department, avoidability and next action, the rules (CARC,
 * optionally CAS group and one RARC, give a category and may override the category's department, avoidability and
 * next action) and per payer an appeal window and rules of its own, which win over the general ones.
 */
public final class DenialRules {

    /** The JSON document, as written. */
    public record Document(String version, Integer defaultAppealWindowDays, Map<DenialCategory, CategoryDefaults> categories,
            List<Rule> rules, Map<String, PayerRules> payers) {
    }

    public record CategoryDefaults(Department department, boolean avoidable, String nextAction) {
    }

    /** group and rarc are optional (null or "*": any). */
    public record Rule(String id, String group, String carc, String rarc, DenialCategory category,
            Department department, Boolean avoidable, String nextAction) {

        boolean matches(DenialToClassify d) {
            return carc.equalsIgnoreCase(d.reasonCode())
                    && (anyGroup() || group.equalsIgnoreCase(d.groupCode()))
                    && (anyRarc() || d.remarkCodes().stream().anyMatch(rarc::equalsIgnoreCase));
        }

        boolean anyGroup() {
            return group == null || group.isBlank() || "*".equals(group);
        }

        boolean anyRarc() {
            return rarc == null || rarc.isBlank() || "*".equals(rarc);
        }

        /** A remark code is the most telling, then the group; the payer's own rules outrank both (see match). */
        int specificity() {
            return (anyRarc() ? 0 : 4) + (anyGroup() ? 0 : 2);
        }
    }

    public record PayerRules(Integer appealWindowDays, List<Rule> rules) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final Document document;

    private DenialRules(Document document) {
        this.document = document;
    }

    public static DenialRules shipped() {
        try (InputStream in = DenialRules.class.getClassLoader().getResourceAsStream("denials/denial-rules.json")) {
            if (in == null) {
                throw new IllegalStateException("denials/denial-rules.json is missing from the classpath");
            }
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rules of a file (a health system's own), or the shipped ones when none is configured. */
    public static DenialRules fileOrShipped(Optional<String> file) {
        if (file.isEmpty() || file.get().isBlank()) {
            return shipped();
        }
        try {
            return parse(Files.readAllBytes(Path.of(file.get())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the denial rules " + file.get(), e);
        }
    }

    /** Parses and checks a rule set; anything wrong is an {@link IllegalArgumentException} naming what. */
    public static DenialRules parse(byte[] json) {
        Document doc;
        try {
            doc = JSON.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("denial rules are not valid: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DenialRules(validated(doc));
    }

    private static Document validated(Document doc) {
        List<String> problems = new ArrayList<>();
        if (doc.version() == null || doc.version().isBlank()) {
            problems.add("version is missing");
        }
        if (doc.defaultAppealWindowDays() == null || doc.defaultAppealWindowDays() <= 0) {
            problems.add("defaultAppealWindowDays must be positive");
        }
        Map<DenialCategory, CategoryDefaults> categories = doc.categories() == null ? Map.of() : doc.categories();
        for (DenialCategory c : DenialCategory.values()) {
            CategoryDefaults d = categories.get(c);
            if (d == null || d.department() == null || d.nextAction() == null || d.nextAction().isBlank()) {
                problems.add("category " + c + " needs a department and a nextAction");
            }
        }
        Set<String> ids = new HashSet<>();
        List<Rule> all = new ArrayList<>(doc.rules() == null ? List.of() : doc.rules());
        Map<String, PayerRules> payers = doc.payers() == null ? Map.of() : doc.payers();
        payers.forEach((payer, p) -> {
            if (p.appealWindowDays() != null && p.appealWindowDays() <= 0) {
                problems.add("payer " + payer + ": appealWindowDays must be positive");
            }
            if (p.rules() != null) {
                all.addAll(p.rules());
            }
        });
        for (Rule r : all) {
            if (r.id() == null || r.id().isBlank() || !ids.add(r.id())) {
                problems.add("rule " + r.id() + ": every rule needs an id of its own");
            }
            if (r.carc() == null || r.carc().isBlank() || r.category() == null) {
                problems.add("rule " + r.id() + ": carc and category are required");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("denial rules are not valid: " + String.join("; ", problems));
        }
        Map<DenialCategory, CategoryDefaults> ordered = new EnumMap<>(categories);
        Map<String, PayerRules> byPayer = new LinkedHashMap<>();
        payers.forEach((payer, p) -> byPayer.put(payer.strip().toUpperCase(),
                new PayerRules(p.appealWindowDays(), p.rules() == null ? List.of() : List.copyOf(p.rules()))));
        return new Document(doc.version().strip(), doc.defaultAppealWindowDays(), ordered,
                doc.rules() == null ? List.of() : List.copyOf(doc.rules()), byPayer);
    }

    public String version() {
        return document.version();
    }

    public Document document() {
        return document;
    }

    public int appealWindowDays(String payerId) {
        PayerRules p = payer(payerId);
        return p != null && p.appealWindowDays() != null ? p.appealWindowDays() : document.defaultAppealWindowDays();
    }

    CategoryDefaults defaults(DenialCategory category) {
        return document.categories().get(category);
    }

    /** The most specific matching rule: the payer's own first, then by remark code and group; ties: file order. */
    Rule match(DenialToClassify denial) {
        Rule best = null;
        int bestScore = -1;
        PayerRules p = payer(denial.payerId());
        List<Rule> candidates = new ArrayList<>();
        if (p != null) {
            candidates.addAll(p.rules());
        }
        int payerRuleCount = candidates.size();
        candidates.addAll(document.rules());
        for (int i = 0; i < candidates.size(); i++) {
            Rule r = candidates.get(i);
            if (!r.matches(denial)) {
                continue;
            }
            int score = r.specificity() + (i < payerRuleCount ? 8 : 0);
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        return best;
    }

    private PayerRules payer(String payerId) {
        return payerId == null ? null : document.payers().get(payerId.strip().toUpperCase());
    }
}
