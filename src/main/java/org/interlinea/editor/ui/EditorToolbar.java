package org.interlinea.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.BiConsumer;
import org.interlinea.editor.Progress;
import org.interlinea.translation.TranslationStatus;

/** The editor's header: page, progress, QA summary, who else is here, search and filter, replace, help. */
final class EditorToolbar extends Div {

    private final Span progress = new Span();
    private final Span qaSummary = new Span();
    private final Span presence = new Span();
    private final TextField search = new TextField();
    private final Select<TranslationStatus> status = new Select<>();
    private final Button publish = new Button();
    private final Span published = new Span();

    EditorToolbar(String title, String languageName, BiConsumer<String, TranslationStatus> filter, Runnable replace,
                  Runnable help, Runnable publishPage) {
        addClassName("editor-toolbar");
        H2 heading = new H2(title);
        heading.addClassName("editor-title");
        Span language = new Span(getTranslation("editor.into", languageName));
        language.addClassName("editor-language");
        progress.setId("progress");
        progress.addClassName("editor-progress");
        qaSummary.setId("qa-summary");
        qaSummary.addClassName("qa-summary");
        presence.setId("presence");
        presence.addClassName("editor-presence");
        publish.setText(getTranslation("page.publish"));
        publish.setIcon(VaadinIcon.UPLOAD.create());
        publish.setId("editor-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        publish.setEnabled(false);
        publish.addClickListener(e -> publishPage.run());
        published.setId("editor-published");
        published.addClassName("editor-publish-result");
        Div first = new Div(heading, language, progress, qaSummary, presence, publish, published);
        first.addClassName("editor-toolbar-line");

        search.setId("editor-search");
        search.setPlaceholder(getTranslation("editor.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.setId("editor-status-filter");
        status.setItems(TranslationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("editor.filter.any"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("editor.filter.any")
                : getTranslation("editor.status." + s.name()));
        status.setAriaLabel(getTranslation("editor.filter.status"));
        search.addValueChangeListener(e -> filter.accept(e.getValue(), status.getValue()));
        status.addValueChangeListener(e -> filter.accept(search.getValue(), e.getValue()));
        Button replaceButton = new Button(VaadinIcon.EXCHANGE.create(), e -> replace.run());
        replaceButton.setId("editor-replace");
        replaceButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        replaceButton.setAriaLabel(getTranslation("editor.replace.title"));
        replaceButton.setTooltipText(getTranslation("editor.replace.title") + " (Ctrl+Shift+H)");
        Button helpButton = new Button("?", e -> help.run());
        helpButton.setId("editor-help");
        helpButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        helpButton.setAriaLabel(getTranslation("editor.help.title"));
        helpButton.setTooltipText(getTranslation("editor.help.title") + " (F1)");
        Div second = new Div(search, status, replaceButton, helpButton);
        second.addClassName("editor-toolbar-line");
        add(first, second);
    }

    void progress(Progress p) {
        progress.setText(getTranslation("editor.progress", p.translatedSegments(), p.totalSegments(), p.wordPercent()));
    }

    void qa(int errors, int warnings) {
        qaSummary.setText(getTranslation("editor.qa.summary", errors, warnings));
        qaSummary.setClassName("qa-summary" + (errors > 0 ? " qa-has-errors" : warnings > 0 ? " qa-has-warnings" : ""));
    }

    void presence(List<String> others) {
        presence.setText(others.isEmpty() ? "" : getTranslation("editor.presence", String.join(", ", others)));
        presence.setVisible(!others.isEmpty());
    }

    /** Publish is offered when the page is ready, or published with changes not yet online. */
    void publishable(boolean enabled) {
        publish.setEnabled(enabled);
        publish.setTooltipText(enabled ? null : getTranslation("editor.publish.notReady"));
    }

    /** Where the last publish from this editor put the page on the site. */
    void published(String sitePath) {
        published.setText(getTranslation("editor.published", sitePath));
    }

    void focusSearch() {
        search.focus();
    }
}
