package org.interlinea.alignment;

import java.util.Arrays;

/**
 * A review operation that cannot be done as asked (merging the last bead, splitting a 1-1 bead, an unknown
 * page). {@link #key()} names the reason for the UI's texts ({@code align.error.<key>}), {@link #args()}
 * fills it in; the message is the English for logs and tests.
 */
public class AlignmentReviewException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    AlignmentReviewException(String key, String message, Object... args) {
        super(message);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return "AlignmentReviewException[" + key + Arrays.toString(args) + ": " + getMessage() + "]";
    }
}
