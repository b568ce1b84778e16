package org.interlinea.content;

/**
 * Something wrong with one file of the content folder. An {@code ERROR} keeps the file out of the
 * database (the previous version, if any, is kept); a {@code WARNING} is imported but shown.
 */
public record ContentProblem(String path, String language, String slug, Severity severity, String reason) {

    public enum Severity { ERROR, WARNING }
}
