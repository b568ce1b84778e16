package org.interlinea.document;

/**
 * A document that cannot be extracted or merged. The message is meant for the person who uploaded or
 * translated it, so it says what is wrong in plain words (and which segment, for a bad translation).
 */
public class DocumentException extends RuntimeException {

    public DocumentException(String message) {
        super(message);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
