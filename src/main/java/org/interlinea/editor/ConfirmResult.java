package org.interlinea.editor;

import java.util.List;
import org.interlinea.translation.SaveResult;
import org.jspecify.annotations.Nullable;

/**
 * Confirming a segment: the QA findings, and the save, which is null when a blocking finding kept the
 * segment from being confirmed.
 */
public record ConfirmResult(List<QaIssue> issues, @Nullable SaveResult save) {

    public boolean blocked() {
        return save == null;
    }

    public boolean saved() {
        return save != null && save.saved();
    }
}
