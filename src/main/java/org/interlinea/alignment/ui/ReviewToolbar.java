package org.interlinea.alignment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** A button per review action (id as in {@link ReviewAction#id()}), its shortcut in the tooltip. */
class ReviewToolbar extends HorizontalLayout {

    /** Grouped under "Translation" and "Source" so the four arrows can be told apart. */
    private static final Set<ReviewAction> MOVES = EnumSet.of(ReviewAction.TARGET_UP, ReviewAction.TARGET_DOWN,
            ReviewAction.SOURCE_UP, ReviewAction.SOURCE_DOWN);

    private final Map<ReviewAction, Button> buttons = new EnumMap<>(ReviewAction.class);

    ReviewToolbar(Consumer<ReviewAction> onAction, Function<String, String> translate) {
        addClassName("review-toolbar");
        setId("review-toolbar");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setSpacing(false);
        Span group = null;
        for (ReviewAction action : ReviewAction.values()) {
            String text = translate.apply(action.textKey());
            Button button = new Button(action.icon().create(), e -> onAction.accept(action));
            button.setId(action.id());
            button.setTooltipText(text + " (" + action.shortcutLabels() + ")");
            button.setAriaLabel(text);
            if (action.primary()) {
                button.setText(text);
            }
            button.addThemeVariants(action == ReviewAction.CONFIRM ? ButtonVariant.LUMO_PRIMARY
                    : ButtonVariant.LUMO_TERTIARY);
            if (action == ReviewAction.HELP || action == ReviewAction.PREVIOUS) {
                button.addClassName("toolbar-gap");
            }
            buttons.put(action, button);
            if (action == ReviewAction.TARGET_UP || action == ReviewAction.SOURCE_UP) {
                group = new Span(new Span(translate.apply(action == ReviewAction.TARGET_UP
                        ? "align.column.target" : "align.column.source")));
                group.addClassName("move-group");
                add(group);
            }
            if (MOVES.contains(action)) {
                group.add(button);
            } else {
                add(button);
            }
        }
    }

    void setEnabled(ReviewAction action, boolean enabled) {
        buttons.get(action).setEnabled(enabled);
    }
}
