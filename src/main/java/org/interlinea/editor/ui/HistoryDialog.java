package org.interlinea.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import org.interlinea.translation.HistoryEntry;

/** Every saved version of a segment, newest first: who, when, old → new; any older text can be restored. */
final class HistoryDialog extends Dialog {

    HistoryDialog(String segmentLabel, List<HistoryEntry> entries, Consumer<HistoryEntry> revert) {
        setId("history-dialog");
        setHeaderTitle(getTranslation("editor.history.title", segmentLabel));
        setWidth("min(48em, 95vw)");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("editor.history.none")));
        }
        for (int i = 0; i < entries.size(); i++) {
            HistoryEntry entry = entries.get(i);
            HistoryEntry before = i + 1 < entries.size() ? entries.get(i + 1) : null;
            Span who = new Span(getTranslation("editor.history.entry", entry.changedBy() == null ? "?" : entry.changedBy(),
                    when.format(entry.changedAt()), getTranslation("editor.status." + entry.status().name())));
            who.addClassName("history-who");
            Div change = new Div();
            change.addClassName("history-change");
            if (before != null && !before.text().equals(entry.text())) {
                Span old = CodedText.of(before.text());
                old.addClassName("history-old");
                change.add(old, new Span(" → "));
            }
            Span text = CodedText.of(entry.text());
            text.addClassName("history-new");
            change.add(text);
            Div item = new Div(who, change);
            item.addClassName("history-entry");
            if (i > 0) {
                Button restore = new Button(getTranslation("editor.history.revert"), e -> {
                    close();
                    revert.accept(entry);
                });
                restore.setId("history-revert-" + i);
                restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                item.add(restore);
            }
            add(item);
        }
        getFooter().add(new Button(getTranslation("editor.close"), e -> close()));
    }
}
