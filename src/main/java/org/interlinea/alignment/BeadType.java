package org.interlinea.alignment;

/**
 * The bead shapes the dynamic programme may use, with their prior probability. The priors follow the
 * proportions usually reported for edited translations (mostly 1-1, merges/splits next, omissions rare);
 * 3-1 and 1-3 are rarer still but frequent enough in literary text (Text+Berg) to be worth allowing.
 */
enum BeadType {
    ONE_ONE(1, 1, 0.90),
    ONE_ZERO(1, 0, 0.004),
    ZERO_ONE(0, 1, 0.004),
    TWO_ONE(2, 1, 0.035),
    ONE_TWO(1, 2, 0.035),
    TWO_TWO(2, 2, 0.004),
    THREE_ONE(3, 1, 0.004),
    ONE_THREE(1, 3, 0.004);

    static final BeadType[] ALL = values();

    final int source;
    final int target;
    /** -log(prior): added to every bead of this type. */
    final double priorCost;

    BeadType(int source, int target, double prior) {
        this.source = source;
        this.target = target;
        this.priorCost = -Math.log(prior);
    }

    boolean unpaired() {
        return source == 0 || target == 0;
    }
}
