package org.interlinea.alignment;

/** Where a sentence moves in the review: to the previous bead (UP) or to the next one (DOWN). */
public enum Move {
    UP, DOWN
}
