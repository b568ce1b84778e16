package org.interlinea.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.interlinea.editor.EditorService;
import org.interlinea.editor.TargetReplace;

/**
 * Replace in the translations of the open page: find, replace with, match case, a preview of how many
 * segments and occurrences would change, and Replace all. Placeholders are never touched.
 */
final class ReplaceDialog extends Dialog {

    private final TextField find = new TextField();
    private final TextField with = new TextField();
    private final Checkbox matchCase = new Checkbox();
    private final Span preview = new Span();
    private final Div message = new Div();
    private final Button replaceAll = new Button();
    private final Function<TargetReplace, TargetReplace.Plan> planner;

    ReplaceDialog(Function<TargetReplace, TargetReplace.Plan> planner,
                  Function<TargetReplace, EditorService.ReplaceResult> replacer) {
        this.planner = planner;
        setId("replace-dialog");
        setHeaderTitle(getTranslation("editor.replace.title"));
        find.setId("replace-find");
        find.setLabel(getTranslation("editor.replace.find"));
        with.setId("replace-with");
        with.setLabel(getTranslation("editor.replace.with"));
        for (TextField field : List.of(find, with)) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.setWidthFull();
            field.addValueChangeListener(e -> update());
        }
        matchCase.setId("replace-match-case");
        matchCase.setLabel(getTranslation("editor.replace.matchCase"));
        matchCase.addValueChangeListener(e -> update());
        preview.setId("replace-preview");
        message.setId("replace-message");
        message.addClassName("replace-message");
        Div form = new Div(find, with, matchCase, preview, message);
        form.addClassName("replace-form");
        add(form);
        replaceAll.setId("replace-all");
        replaceAll.setText(getTranslation("editor.replace.all"));
        replaceAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        replaceAll.addClickListener(e -> {
            EditorService.ReplaceResult result = replacer.apply(replace());
            update();
            report(result);
        });
        Button close = new Button(getTranslation("editor.close"), e -> close());
        close.setId("replace-close");
        getFooter().add(close, replaceAll);
        update();
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                find.focus();
            }
        });
    }

    private TargetReplace replace() {
        return new TargetReplace(find.getValue(), with.getValue(), matchCase.getValue());
    }

    /** Recounts the preview; says why replacing is refused, if it is. */
    private void update() {
        TargetReplace.Plan plan = planner.apply(replace());
        preview.setText(getTranslation("editor.replace.preview", plan.segments(), plan.occurrences()));
        replaceAll.setEnabled(plan.allowed());
        String refused = refusal(plan);
        message.setText(refused);
        message.setClassName("replace-message" + (refused.isEmpty() ? "" : " replace-refused"));
    }

    private String refusal(TargetReplace.Plan plan) {
        if (plan.problem() != null && plan.problem() != TargetReplace.Problem.EMPTY_FIND) {
            return getTranslation("editor.replace.problem." + plan.problem().name());
        }
        if (!plan.breaking().isEmpty()) {
            return getTranslation("editor.replace.breaks", numbers(plan.breaking()));
        }
        return "";
    }

    private void report(EditorService.ReplaceResult result) {
        if (!result.plan().allowed()) {
            message.setText(refusal(result.plan()));
            return;
        }
        String done = getTranslation("editor.replace.done", result.saved().size());
        if (!result.conflicts().isEmpty()) {
            done += " " + getTranslation("editor.replace.conflicts", numbers(result.conflicts()));
        }
        message.setText(done);
        message.setClassName("replace-message" + (result.conflicts().isEmpty() ? "" : " replace-refused"));
    }

    private static String numbers(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
