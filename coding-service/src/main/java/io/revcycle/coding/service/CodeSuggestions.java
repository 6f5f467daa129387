package io.revcycle.coding.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Ranked candidate codes for documented text, from the content in force on a date: PostgreSQL full-text search
 * (english stemming, GIN index on content_code.search) with any of the words matching, ranked by ts_rank (more
 * documented words matched ranks higher; ties in code order, which puts an "unspecified" .0/.x0 code first);
 * the reason names the documented words the description matched.
 */
@ApplicationScoped
public class CodeSuggestions {

    public enum Kind { DIAGNOSIS, PROCEDURE }

    public record Candidate(String code, String codeSystem, String description, double score, String reason) {
    }

    static final int MAX_WORDS = 12;

    private final EntityManager em;

    public CodeSuggestions(EntityManager em) {
        this.em = em;
    }

    public List<Candidate> suggest(String text, Kind kind, LocalDate date, int limit) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        String systems = kind == Kind.DIAGNOSIS ? "{ICD10CM}" : "{HCPCS,CPT,ICD10PCS}";
        // words are letters and digits only, so joining them with | is a safe tsquery
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.code, c.code_system, c.long_description,
                       ts_rank(c.search, q.query) as score,
                       array_to_string(array(select w from unnest(cast(:words as text[])) w
                                             where c.search @@ plainto_tsquery('english', w)), ', ') as matched
                from content_code c, (select to_tsquery('english', :query) as query) q
                where c.code_system = any(cast(:systems as text[]))
                  and c.billable and c.long_description is not null
                  and c.effective_from <= :date and (c.effective_to is null or c.effective_to >= :date)
                  and c.search @@ q.query
                order by score desc, c.code
                limit :limit""")
                .setParameter("words", "{" + String.join(",", words) + "}")
                .setParameter("query", String.join(" | ", words))
                .setParameter("systems", systems)
                .setParameter("date", date)
                .setParameter("limit", limit)
                .getResultList();
        List<Candidate> candidates = new ArrayList<>();
        for (Object[] r : rows) {
            double score = Math.round(((Number) r[3]).doubleValue() * 10000) / 10000.0;
            candidates.add(new Candidate((String) r[0], (String) r[1], (String) r[2], score,
                    "matched words: " + r[4]));
        }
        return candidates;
    }

    /** Distinct lower-case words of letters and digits, in order (at most MAX_WORDS). */
    static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{Alnum}]+")) {
            if (!w.isBlank() && w.chars().allMatch(ch -> ch < 128) && words.size() < MAX_WORDS) {
                words.add(w);
            }
        }
        return List.copyOf(words);
    }
}
