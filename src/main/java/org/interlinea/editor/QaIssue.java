package org.interlinea.editor;

/** One finding of the QA checks on a translated segment; {@code detail} is what was found, for the UI. */
public record QaIssue(Check check, String detail) {

    public enum Severity { ERROR, WARNING }

    /** The checks, with whether a finding blocks confirming the segment. */
    public enum Check {
        EMPTY(Severity.ERROR),
        MISSING_PLACEHOLDER(Severity.ERROR),
        BROKEN_PAIR(Severity.ERROR),
        /** A pair token inside a word the source kept whole: the markup would cover half a word. */
        SPLIT_WORD(Severity.ERROR),
        /**
         * A pair around nothing: a warning, as the page can still be rebuilt and dropping emphasis may be
         * right in the target language; a pair that also splits a word is blocked by SPLIT_WORD.
         */
        EMPTY_PAIR(Severity.WARNING),
        EXTRA_PLACEHOLDER(Severity.WARNING),
        NUMBERS_DIFFER(Severity.WARNING),
        SAME_AS_SOURCE(Severity.WARNING),
        LEADING_TRAILING_SPACE(Severity.WARNING),
        DOUBLE_SPACE(Severity.WARNING),
        ENDING_PUNCTUATION(Severity.WARNING),
        LENGTH_RATIO(Severity.WARNING);

        private final Severity severity;

        Check(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }
    }

    public boolean blocking() {
        return check.severity() == Severity.ERROR;
    }
}
