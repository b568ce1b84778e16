package org.interlinea.publish;

/**
 * Publishing was refused or failed; the message says why in words a coordinator can act on, and the
 * previously published file, if any, is untouched.
 */
public class PublishException extends RuntimeException {

    private final int missingSegments;

    public PublishException(String message) {
        this(message, 0, null);
    }

    public PublishException(String message, int missingSegments, Throwable cause) {
        super(message, cause);
        this.missingSegments = missingSegments;
    }

    /** How many segments have no usable translation, when that is why publishing was refused. */
    public int missingSegments() {
        return missingSegments;
    }
}
