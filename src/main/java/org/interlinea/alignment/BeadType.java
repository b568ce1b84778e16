package org.interlinea.alignment;

/** The bead shapes the dynamic programme may use; their prior probabilities are in {@link Weights}. */
enum BeadType {
    ONE_ONE(1, 1),
    ONE_ZERO(1, 0),
    ZERO_ONE(0, 1),
    TWO_ONE(2, 1),
    ONE_TWO(1, 2),
    TWO_TWO(2, 2),
    THREE_ONE(3, 1),
    ONE_THREE(1, 3);

    static final BeadType[] ALL = values();

    final int source;
    final int target;

    BeadType(int source, int target) {
        this.source = source;
        this.target = target;
    }

    boolean unpaired() {
        return source == 0 || target == 0;
    }
}
