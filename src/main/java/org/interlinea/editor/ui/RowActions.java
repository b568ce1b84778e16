package org.interlinea.editor.ui;

/** What a segment row asks of the editor. */
interface RowActions {

    void focused(RowState row);

    void typed(RowState row, String value);

    void left(RowState row);

    void confirm(RowState row);

    void insertPlaceholder(RowState row, int id);

    void showHistory(RowState row);

    /** Marks the segment "no translation needed", or takes the mark back. */
    void toggleNoTranslationNeeded(RowState row);

    /** Marks the component holding the row's text for the browser's draft keeping (drafts.js). */
    void mark(com.vaadin.flow.dom.Element target, RowState row);
}
