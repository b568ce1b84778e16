package org.interlinea.alignment;

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

    /** Total target characters per source character, or 1 when either document is empty. */
    static double ratio(long sourceCharacters, long targetCharacters) {
        if (sourceCharacters <= 0 || targetCharacters <= 0) {
            return 1;
        }
        return Math.clamp((double) targetCharacters / sourceCharacters, 0.2, 5);
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
