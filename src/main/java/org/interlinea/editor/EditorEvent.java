package org.interlinea.editor;

import java.util.List;

/** What an open editor hears about its page from other editors, on this app node or another. */
public sealed interface EditorEvent {

    /** The people who have the page open in this language now, other than the listener. */
    record Present(List<String> others) implements EditorEvent {
    }

    /** Someone else saved a segment of the page. */
    record SegmentSaved(long segmentId, int position, String user, int version) implements EditorEvent {
    }
}
