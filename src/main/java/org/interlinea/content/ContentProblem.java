package org.interlinea.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something wrong with one file of the content folder. An {@code ERROR} keeps the file out of the
 * database (the previous version, if any, is kept); a {@code WARNING} is imported but shown.
 * {@code reasonKey} (with {@code reasonArgs}) is the UI message for the reason, rendered in the reader's language;
 * {@code reason} is the same in English, for the log. Every new problem has a key; rows stored before keys existed
 * may have none, and are shown with their English reason.
 */
public record ContentProblem(String path, @Nullable String language, @Nullable String slug, Severity severity,
                             String reason, @Nullable String reasonKey, List<String> reasonArgs) {

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
    /** The configured content folder does not exist; args: its path. */
    public static final String NO_CONTENT_FOLDER = "sync.problem.noContentFolder";
    /** A language folder is a link leading out of the content folder; no args. */
    public static final String LINK_OUTSIDE = "sync.problem.linkOutside";
    /** A folder is not named after an enabled language; args: its name, the enabled tags. */
    public static final String NOT_A_LANGUAGE = "sync.problem.notALanguage";
    /** A page file is a link leading out of the content folder; no args. */
    public static final String FILE_LINK_OUTSIDE = "sync.problem.fileLinkOutside";
    /** A page file is larger than pages may be; args: its size and the limit, in MB. */
    public static final String TOO_LARGE = "sync.problem.tooLarge";
    /** The file could not be read from disk; args: the system's (technical) cause. */
    public static final String UNREADABLE = "sync.problem.unreadable";
    /** The file holds no text; no args. */
    public static final String EMPTY = "sync.problem.empty";
    /** The file has no markup at all; no args. */
    public static final String NO_MARKUP = "sync.problem.noMarkup";
    /** The file has markup but neither {@code <html>} nor {@code <body>}; no args. */
    public static final String NOT_HTML = "sync.problem.notHtml";
    /** What the HTML reader noticed in the page's markup (its own English words); args: that text. */
    public static final String MARKUP = "sync.problem.markup";

    public ContentProblem {
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
    }

    /** A problem whose reason is said by its key; {@code reason} is the English, for the log. */
    public ContentProblem(String path, @Nullable String language, @Nullable String slug, Severity severity,
                          String reason, String reasonKey, String... reasonArgs) {
        this(path, language, slug, severity, reason, reasonKey, List.of(reasonArgs));
    }
}
