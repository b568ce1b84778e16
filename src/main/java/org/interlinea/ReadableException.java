package org.interlinea;

/**
 * A refusal a person reads: {@code key} of the UI bundles with its {@code args}, which the screen renders in the
 * UI language. The exception's own message is English, for the log only; screens never show it.
 */
public class ReadableException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public ReadableException(String key, String logMessage, Object... args) {
        super(logMessage);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
