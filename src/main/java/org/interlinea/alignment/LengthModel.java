package org.interlinea.alignment;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Gale and Church's length model: a translation's length is roughly the source length times a ratio,
 * with a variance that grows with the length. The cost of a bead is -log of the two-tailed probability
 * of its length difference. Unlike the original (a fixed ratio per language pair), the ratio here is
 * measured on the document itself, which matters for ru/pt/fr/de vs en (10-25 % longer) and absorbs
 * differences in tokenisation.
 */
final class LengthModel {

    private final double ratio;
    private final double variance;

    /** @param variance Gale and Church measured 6.8 target characters per source character */
    LengthModel(double ratio, double variance) {
        this.ratio = ratio;
        this.variance = variance;
    }

    /**
     * Characters per character of English, roughly: a prior for the ratio when a document is too short
     * to measure it. NTREX (news) gives ru 1.11, pt 1.12, pt-BR 1.07; Text+Berg gives de/fr about 1.
     */
    private static final Map<String, Double> EXPANSION = Map.ofEntries(
            Map.entry("en", 1.0), Map.entry("ru", 1.1), Map.entry("uk", 1.1), Map.entry("be", 1.1),
            Map.entry("pt", 1.1), Map.entry("es", 1.12), Map.entry("it", 1.12), Map.entry("fr", 1.15),
            Map.entry("de", 1.15), Map.entry("nl", 1.1), Map.entry("pl", 1.1), Map.entry("cs", 1.0),
            Map.entry("zh", 0.35), Map.entry("ja", 0.5), Map.entry("ko", 0.45));

    /** How many sentences of measured evidence weigh as much as the language prior. */
    private static final double PRIOR_SENTENCES = 8;

    /**
     * Target characters per source character for this document. Measured on the document's totals, but
     * shrunk towards the language pair's prior in proportion to how short the document is: in a
     * three-sentence document one omitted sentence would otherwise pass for a length ratio of 2/3 and
     * make a 2-1 bead look perfect. The measurement is also kept within a factor 1.5 of the prior.
     */
    static double ratio(long sourceCharacters, long targetCharacters, int sentences, String sourceLanguage,
                        String targetLanguage) {
        double prior = expansion(targetLanguage) / expansion(sourceLanguage);
        if (sourceCharacters <= 0 || targetCharacters <= 0) {
            return prior;
        }
        double measured = Math.clamp((double) targetCharacters / sourceCharacters, prior / 1.5, prior * 1.5);
        double logRatio = (sentences * Math.log(measured) + PRIOR_SENTENCES * Math.log(prior))
                / (sentences + PRIOR_SENTENCES);
        return Math.exp(logRatio);
    }

    private static double expansion(@Nullable String language) {
        String primary = language == null ? "" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return EXPANSION.getOrDefault(primary, 1.0);
    }

    double ratio() {
        return ratio;
    }

    /** -log P(|delta|) for a bead with these total lengths; both sides non-empty. */
    double cost(int sourceLength, int targetLength) {
        // The mean of both lengths (in source units) keeps the model symmetric and defined for short text.
        double mean = (sourceLength + targetLength / ratio) / 2.0;
        double delta = (targetLength - sourceLength * ratio) / Math.sqrt(variance * ratio * Math.max(mean, 1));
        return -logTwoTailed(Math.abs(delta));
    }

    /**
     * log(2 * (1 - Phi(z))) = log(erfc(z / sqrt 2)), computed in log space so that large differences
     * keep growing in cost instead of underflowing to infinity (Chebyshev fit of erfc, error < 1.2e-7).
     */
    static double logTwoTailed(double z) {
        double x = z / Math.sqrt(2);
        double t = 1.0 / (1.0 + 0.5 * x);
        double poly = -x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277))))))));
        return Math.log(t) + poly;
    }
}
