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
    /** The page's elements nest deeper than the limit; args: the limit, the line where it is passed. */
    public static final String TOO_DEEP = "sync.problem.tooDeep";
    /** Reading the page took longer than the limit and was abandoned; args: the limit in seconds. */
    public static final String TOO_SLOW = "sync.problem.tooSlow";
    /** The page could not be brought up to date for another reason; args: what went wrong. */
    public static final String PAGE_FAILED = "sync.problem.pageFailed";

    public ContentProblem {
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
    }

    public ContentProblem(String path, String language, String slug, Severity severity, String reason) {
        this(path, language, slug, severity, reason, null, List.of());
    }
}
