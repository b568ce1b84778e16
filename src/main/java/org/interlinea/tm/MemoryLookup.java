package org.interlinea.tm;

import java.util.ArrayList;
import java.util.List;
import org.interlinea.document.Placeholders;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Memory suggestions for a segment: exact matches first (a person's confirmed pairs before unreviewed
 * alignments), then similar ones, each with its source's diff and where it came from. Superseded entries are
 * never suggested; the concordance shows them, labelled.
 */
@Service
public class MemoryLookup {

    static final double MIN_FUZZY = 0.5;

    private final TranslationMemory memory;

    MemoryLookup(TranslationMemory memory) {
        this.memory = memory;
    }

    /** A suggestion: the score in percent, the memory's texts and how its source differs from this one. */
    public record Suggestion(int score, String sourceText, String targetText, String origin,
                             List<WordDiff.Part> diff, String originKey) {
    }

    public List<Suggestion> suggestions(String sourceLanguage, String language, String sourceText, int limit) {
        List<Suggestion> result = new ArrayList<>();
        for (TranslationMemory.Match m : memory.exact(sourceLanguage, language, sourceText, limit)) {
            result.add(new Suggestion(100, m.sourceText(), m.targetText(), m.origin(),
                    WordDiff.between(m.sourceText(), sourceText), m.originKey()));
        }
        if (result.size() < limit) {
            for (TranslationMemory.ScoredMatch m : memory.similar(sourceLanguage, language, sourceText, MIN_FUZZY,
                    limit * 2)) {
                boolean known = result.stream().anyMatch(s -> s.sourceText().equals(m.sourceText())
                        && s.targetText().equals(m.targetText()));
                if (!known && result.size() < limit) {
                    int score = m.sourceText().equals(sourceText) ? 100 : Math.min(99, (int) Math.round(m.score() * 100));
                    result.add(new Suggestion(score, m.sourceText(), m.targetText(), m.origin(),
                            WordDiff.between(m.sourceText(), sourceText), m.originKey()));
                }
            }
        }
        return result;
    }

    /** Entries with this phrase, which is text: a "{1}" in it finds a page's own "{1}", not a placeholder. */
    public List<TranslationMemory.Match> concordance(String sourceLanguage, String language, @Nullable String phrase) {
        return memory.concordance(sourceLanguage, language, phrase == null ? null : Placeholders.escape(phrase), 30);
    }
}
