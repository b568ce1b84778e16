package org.interlinea.editor;

import java.util.List;
import org.interlinea.translation.TranslationStatus;

/** How much of a page is translated: segments and words that are TRANSLATED or REVIEWED. */
public record Progress(int translatedSegments, int totalSegments, int translatedWords, int totalWords) {

    /** One segment's share: its words and status. */
    public record Item(int words, TranslationStatus status) {
    }

    public static Progress of(List<Item> items) {
        int segments = 0;
        int words = 0;
        int totalWords = 0;
        for (Item item : items) {
            totalWords += item.words();
            if (item.status().countsAsTranslated()) {
                segments++;
                words += item.words();
            }
        }
        return new Progress(segments, items.size(), words, totalWords);
    }

    /** Whole percent of words, rounded down so 100 means everything. */
    public int wordPercent() {
        return totalWords == 0 ? (totalSegments == translatedSegments ? 100 : 0)
                : (int) (100L * translatedWords / totalWords);
    }
}
