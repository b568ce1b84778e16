package org.interlinea.editor;

/** A source segment as the editor shows it; {@code position} is its 0-based place on the page. */
public record EditorSegment(long id, int position, int paragraph, String sourceText, int words, String context) {

    public String speakerLabel() {
        return Placeholders.speakerLabel(sourceText);
    }
}
