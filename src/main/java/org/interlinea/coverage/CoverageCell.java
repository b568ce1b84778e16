package org.interlinea.coverage;

/** One cell of the coverage matrix: a page in a language, with its progress in segments and words. */
public record CoverageCell(Availability status, int totalSegments, int translatedSegments, int totalWords,
                           int translatedWords, int changedWords) {

    public static CoverageCell missing() {
        return new CoverageCell(Availability.MISSING, 0, 0, 0, 0, 0);
    }

    /** Share of the page's words translated, 0 to 100. */
    public int percentOfWords() {
        return totalWords == 0 ? 0 : (int) Math.floor(100.0 * translatedWords / totalWords);
    }
}
