package org.interlinea.editor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interlinea.translation.TranslationStatus;

/**
 * The page's segments in a lazy list: only rows near the viewport exist as components, so a page of
 * thousands of segments opens as fast as a short one. Row state lives in {@link RowState}, so a recycled
 * row comes back as it was.
 */
final class SegmentList extends Div {

    private final VirtualList<RowState> list = new VirtualList<>();
    private final List<RowState> all;
    private final Map<Long, Integer> paragraphBefore = new HashMap<>();
    private final Map<Long, SegmentRow> rendered = new HashMap<>();
    private final RowActions actions;
    private final Div nothingMatches = new Div();
    private List<RowState> shown;

    SegmentList(List<RowState> rows, RowActions actions) {
        this.all = rows;
        this.shown = rows;
        this.actions = actions;
        for (int i = 1; i < rows.size(); i++) {
            paragraphBefore.put(rows.get(i).segment.id(), rows.get(i - 1).segment.paragraph());
        }
        addClassName("segment-list");
        list.setId("segments");
        list.setSizeFull();
        list.setRenderer(new ComponentRenderer<>(this::row));
        list.setItems(rows);
        // A search or filter that matches nothing says so, instead of an empty list that looks broken.
        nothingMatches.setId("segments-empty");
        nothingMatches.addClassName("list-empty");
        nothingMatches.setText(getTranslation("editor.empty"));
        nothingMatches.setVisible(false);
        list.addAttachListener(e -> clampClears());
        add(nothingMatches, list);
    }

    /**
     * Vaadin's list connector, told to forget rows past the new end after a filter shrank the list while it
     * was scrolled down, builds an array of negative length ("Invalid array length" in the console, rows
     * not cleared). Clearing rows that no longer exist has nothing to do, so the clear is cut to the list.
     */
    private void clampClears() {
        list.getElement().executeJs("""
                const list = this; let tries = 0;
                const patch = () => {
                  const c = list.$connector;
                  if (!c || !c.clear) { if (tries++ < 100) requestAnimationFrame(patch); return; }
                  if (c.clear.__clamped) return;
                  const clear = c.clear;
                  c.clear = (index, length) => {
                    const count = Math.min(length, list.items.length - index);
                    if (count > 0) clear(index, count);
                  };
                  c.clear.__clamped = true;
                };
                patch();""");
    }

    /** The row component for a segment, made now (the list calls this for the rows it shows). */
    SegmentRow row(RowState state) {
        Integer before = paragraphBefore.get(state.segment.id());
        SegmentRow row = new SegmentRow(state, before != null && before != state.segment.paragraph(), actions);
        rendered.put(state.segment.id(), row);
        row.addDetachListener(e -> rendered.remove(state.segment.id(), row));
        return row;
    }

    /** Shows the state again in the row, if it is on screen. */
    void refresh(RowState state) {
        SegmentRow row = rendered.get(state.segment.id());
        if (row != null) {
            row.refresh();
        }
    }

    SegmentRow rendered(RowState state) {
        return rendered.get(state.segment.id());
    }

    void filter(String search, TranslationStatus status) {
        shown = all.stream().filter(r -> r.matches(search, status)).toList();
        list.setItems(shown);
        nothingMatches.setVisible(shown.isEmpty() && !all.isEmpty());
    }

    List<RowState> shown() {
        return shown;
    }

    /**
     * Scrolls to a row and puts the caret in its editor once the browser has drawn it. The row that had
     * the focus lets go of it first: the list gives the focus back to the row that had it when it scrolled,
     * which would take it from the row asked for. For two seconds the focus is put back if it falls to the
     * page (the list may replace the row just focused when the rows for the new position arrive); that stops
     * as soon as the translator goes anywhere else.
     */
    void focus(RowState state) {
        int index = shown.indexOf(state);
        if (index < 0) {
            return;
        }
        list.getElement().executeJs("""
                const had = document.activeElement;
                if (had && this.contains(had)) had.blur();
                this.scrollToIndex($1);
                const id = $0; let tries = 0, focused = false;
                const tick = () => { const el = document.getElementById(id), a = document.activeElement;
                  const lost = !a || a === document.body;
                  if (el && (!focused || lost)) { el.focus(); el.scrollIntoView({block: 'nearest'}); focused = true; }
                  else if (focused && !lost && !(el && el.contains(a))) return;
                  if (tries++ < 40) setTimeout(tick, 50); };
                tick();""", "target-" + state.position(), index);
    }
}
