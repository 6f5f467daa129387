package io.revcycle.coding.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.revcycle.coding.domain.CodingWorkItem;
import io.revcycle.coding.domain.ProviderDiagnosis;
import io.revcycle.coding.domain.ProviderProcedure;

/**
 * Chart review: candidate codes for what the chart says, each with the documented words it matched as its reason —
 * every documented diagnosis and procedure description, and every sentence of the clinical note (where conditions
 * the provider did not list as diagnoses are often found).
 */
@ApplicationScoped
public class ChartSuggestions {

    /** Where the text came from ({@code diagnosis 2}, {@code procedure 1}, {@code note sentence 3}) and its ranked codes. */
    public record ChartSuggestion(String source, String text, CodeSuggestions.Kind kind,
            List<CodeSuggestions.Candidate> candidates) {
    }

    /** Note sentences looked at: a long discharge summary is cut rather than run as hundreds of searches. */
    static final int MAX_NOTE_SENTENCES = 40;

    private final CodeSuggestions suggestions;

    public ChartSuggestions(CodeSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    public List<ChartSuggestion> forItem(CodingWorkItem item, int perSource) {
        List<ChartSuggestion> result = new ArrayList<>();
        for (ProviderDiagnosis d : item.documentedDiagnoses) {
            add(result, "diagnosis " + d.sequence, d.description, CodeSuggestions.Kind.DIAGNOSIS, item, perSource);
        }
        for (ProviderProcedure p : item.documentedProcedures) {
            add(result, "procedure " + p.lineNumber, p.description, CodeSuggestions.Kind.PROCEDURE, item, perSource);
        }
        if (item.noteText != null) {
            List<String> sentences = sentences(item.noteText);
            for (int i = 0; i < sentences.size() && i < MAX_NOTE_SENTENCES; i++) {
                add(result, "note sentence " + (i + 1), sentences.get(i), CodeSuggestions.Kind.DIAGNOSIS, item,
                        perSource);
                if (item.isInpatient()) { // procedures a stay's note describes are coded in ICD-10-PCS
                    add(result, "note sentence " + (i + 1), sentences.get(i), CodeSuggestions.Kind.PROCEDURE, item,
                            perSource);
                }
            }
        }
        return result;
    }

    private void add(List<ChartSuggestion> result, String source, String text, CodeSuggestions.Kind kind,
            CodingWorkItem item, int limit) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<CodeSuggestions.Candidate> candidates = suggestions.suggest(text, kind, item.dateOfService, limit);
        if (!candidates.isEmpty()) {
            result.add(new ChartSuggestion(source, text.strip(), kind, candidates));
        }
    }

    /** Sentences split at . ! ? or a line break followed by space; a decimal point (E11.9, 7.5 mg) does not split. */
    static List<String> sentences(String note) {
        List<String> sentences = new ArrayList<>();
        for (String s : note.split("(?<=[.!?])\\s+|\\R+")) {
            if (!s.isBlank()) {
                sentences.add(s.strip());
            }
        }
        return sentences;
    }
}
