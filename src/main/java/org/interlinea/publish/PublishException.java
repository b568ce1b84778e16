package org.interlinea.publish;

import java.util.Arrays;

/**
 * Publishing was refused or failed, and the previously published file, if any, is untouched.
 * {@link #key()} names the reason for the UI's texts ({@code publish.error.<key>}), {@link #args()} fills
 * it in; the message is the English for logs and tests.
 */
public class PublishException extends RuntimeException {

    /** The file there was not written by Interlinea (or changed since): replacing it needs a confirmation. */
    public static final String UNKNOWN_FILE = "unknownFile";

    private final String key;
    private final transient Object[] args;
    private final int missingSegments;

    PublishException(String key, String message, Object... args) {
        this(key, message, 0, null, args.clone());
    }

    PublishException(String key, String message, int missingSegments, Throwable cause, Object[] args) {
        super(message, cause);
        this.key = key;
        this.args = args.clone();
        this.missingSegments = missingSegments;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** How many segments are not done, when that is why publishing was refused. */
    public int missingSegments() {
        return missingSegments;
    }

    @Override
    public String toString() {
        return "PublishException[" + key + Arrays.toString(args) + ": " + getMessage() + "]";
    }
}
