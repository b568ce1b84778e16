package org.interlinea.editor.ui;

import java.util.List;
import org.interlinea.document.PageSegment;
import org.interlinea.document.Placeholders;
import org.interlinea.editor.QaChecks;
import org.interlinea.editor.QaIssue;
import org.interlinea.translation.SaveRefused;
import org.interlinea.translation.Translation;
import org.interlinea.translation.TranslationStatus;
import org.jspecify.annotations.Nullable;

/**
 * One segment in an open editor: what the server last confirmed ({@link #saved}) and what is typed
 * ({@link #text}), which survive the row's component being recycled by the lazy list.
 */
final class RowState {

    /**
     * RETRYING: the server failed to save (an outage) and the editor tries again by itself; REFUSED: the server
     * will never take this text as it is (see {@link #refusal}), so only an edit sends it again.
     */
    enum SaveState { SAVED, UNSAVED, SAVING, CONFLICT, RETRYING, REFUSED }

    final PageSegment segment;
    private Translation saved;
    private String text;
    private SaveState saveState = SaveState.SAVED;
    private List<QaIssue> issues;
    private String changedBy;
    private @Nullable SaveRefused refusal;

    RowState(PageSegment segment, Translation saved) {
        this.segment = segment;
        this.saved = saved;
        this.text = saved.text();
        this.issues = text.isEmpty() ? List.of() : QaChecks.check(segment.sourceText(), text);
    }

    Translation saved() {
        return saved;
    }

    /** The server's state: after our save, or someone else's. Takes their text when nothing is pending. */
    void saved(Translation translation, boolean takeText) {
        this.saved = translation;
        if (takeText) {
            this.text = translation.text();
            this.issues = text.isEmpty() ? List.of() : QaChecks.check(segment.sourceText(), text);
        }
    }

    String text() {
        return text;
    }

    void typed(@Nullable String value) {
        this.text = value == null ? "" : value;
        this.issues = text.isEmpty() ? List.of() : QaChecks.check(segment.sourceText(), text);
    }

    boolean dirty() {
        return !text.equals(saved.text());
    }

    TranslationStatus status() {
        return saved.status();
    }

    int version() {
        return saved.version();
    }

    SaveState saveState() {
        return saveState;
    }

    void saveState(SaveState state) {
        this.saveState = state;
        if (state != SaveState.REFUSED) {
            this.refusal = null;
        }
    }

    /** The server will not take the text as it is, for this reason. */
    void refused(SaveRefused why) {
        this.saveState = SaveState.REFUSED;
        this.refusal = why;
    }

    SaveRefused refusal() {
        return refusal;
    }

    /** "Same as source" is what a segment marked "no translation needed" was chosen to be: not a finding. */
    List<QaIssue> issues() {
        if (status() == TranslationStatus.NO_TRANSLATION_NEEDED && !dirty()) {
            return issues.stream().filter(i -> i.check() != QaIssue.Check.SAME_AS_SOURCE).toList();
        }
        return issues;
    }

    void issues(List<QaIssue> issues) {
        this.issues = issues;
    }

    String changedBy() {
        return changedBy;
    }

    void changedBy(String user) {
        this.changedBy = user;
    }

    int position() {
        return segment.position();
    }

    boolean matches(@Nullable String search, @Nullable TranslationStatus status) {
        if (status != null && status() != status) {
            return false;
        }
        if (search == null || search.isBlank()) {
            return true;
        }
        String needle = search.strip().toLowerCase(java.util.Locale.ROOT);
        String asText = Placeholders.escape(needle);  // "{1}" finds a placeholder and a page's own "{1}"
        String source = segment.sourceText().toLowerCase(java.util.Locale.ROOT);
        String target = text.toLowerCase(java.util.Locale.ROOT);
        return source.contains(needle) || target.contains(needle) || source.contains(asText) || target.contains(asText);
    }
}
