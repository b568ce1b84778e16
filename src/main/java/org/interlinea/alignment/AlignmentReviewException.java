package org.interlinea.alignment;

import java.util.Arrays;
import org.interlinea.ReadableException;

/**
 * A review operation that cannot be done as asked (merging the last bead, splitting a 1-1 bead, an unknown
 * page). {@link #reason()} names it; the key the screens render is {@code align.error.<reason>}.
 */
public class AlignmentReviewException extends ReadableException {

    private final String reason;

    AlignmentReviewException(String reason, String message, Object... args) {
        super("align.error." + reason, message, args);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return "AlignmentReviewException[" + reason + Arrays.toString(args()) + ": " + getMessage() + "]";
    }
}
