package org.interlinea.content;

import java.util.List;

/**
 * Something wrong with one file of the content folder. An {@code ERROR} keeps the file out of the
 * database (the previous version, if any, is kept); a {@code WARNING} is imported but shown.
 * {@code reasonKey} (with {@code reasonArgs}) is the UI message for the reason, when it has one; {@code reason}
 * is the same in English, for the log.
 */
public record ContentProblem(String path, String language, String slug, Severity severity, String reason,
                             String reasonKey, List<String> reasonArgs) {

    public enum Severity { ERROR, WARNING }

    /** The page's source file is gone while other languages remain; args: the source language tag. */
    public static final String SOURCE_MISSING = "sync.problem.sourceMissing";
    /** A target-language file is mostly the source language; args: target and source language tags. */
    public static final String SOURCE_COPY = "sync.problem.sourceCopy";

    public ContentProblem {
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
    }

    public ContentProblem(String path, String language, String slug, Severity severity, String reason) {
        this(path, language, slug, severity, reason, null, List.of());
    }
}
