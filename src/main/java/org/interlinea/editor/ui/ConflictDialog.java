package org.interlinea.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import org.interlinea.translation.Translation;

/**
 * Someone saved the segment while this translator was typing: both texts side by side, with who and when,
 * and three ways on: keep mine, take theirs, or save an edited merge. Closing it keeps what was typed.
 */
final class ConflictDialog extends Dialog {

    ConflictDialog(String segmentLabel, String mine, Translation theirs, Consumer<String> keepText,
                   Runnable takeTheirs) {
        setId("conflict-dialog");
        setHeaderTitle(getTranslation("editor.conflict.title", segmentLabel));
        setCloseOnOutsideClick(false);
        setWidth("min(56em, 95vw)");

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        Div yours = side(getTranslation("editor.conflict.mine"), mine, "conflict-mine");
        Div other = side(getTranslation("editor.conflict.theirs", theirs.updatedBy(),
                theirs.updatedAt() == null ? "" : when.format(theirs.updatedAt())), theirs.text(), "conflict-theirs");
        Div sides = new Div(yours, other);
        sides.addClassName("conflict-sides");

        TextArea merged = new TextArea(getTranslation("editor.conflict.merge"));
        merged.setId("conflict-merged");
        merged.setWidthFull();
        merged.setValue(mine);
        add(new Paragraph(getTranslation("editor.conflict.explain")), sides, merged);

        Button keep = new Button(getTranslation("editor.conflict.keepMine"), e -> {
            close();
            keepText.accept(mine);
        });
        keep.setId("conflict-keep-mine");
        Button take = new Button(getTranslation("editor.conflict.takeTheirs"), e -> {
            close();
            takeTheirs.run();
        });
        take.setId("conflict-take-theirs");
        Button save = new Button(getTranslation("editor.conflict.saveMerged"), e -> {
            close();
            keepText.accept(merged.getValue());
        });
        save.setId("conflict-save-merged");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(keep, take, save);
    }

    private static Div side(String heading, String text, String id) {
        Div body = new Div(text);
        body.addClassName("conflict-text");
        body.setId(id);
        Div side = new Div(new H4(heading), body);
        side.addClassName("conflict-side");
        return side;
    }
}
