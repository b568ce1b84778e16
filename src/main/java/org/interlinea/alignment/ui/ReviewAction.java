package org.interlinea.alignment.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * What a reviewer can do on the alignment screen, with its button id, icon, text key and keyboard
 * shortcuts (the first is the one shown on the button's tooltip).
 */
enum ReviewAction {
    CONFIRM("confirm-bead", VaadinIcon.CHECK, true, shortcut(Key.ENTER), shortcut(Key.ENTER, KeyModifier.CONTROL)),
    MERGE("merge-bead", VaadinIcon.COMPRESS, true, shortcut(Key.KEY_M, KeyModifier.CONTROL)),
    SPLIT("split-bead", VaadinIcon.SPLIT, true, shortcut(Key.KEY_B, KeyModifier.CONTROL)),
    /** Opens {@link SplitDialog}: the reviewer chooses where the first part ends on each side. */
    SPLIT_AT("split-at", VaadinIcon.SCISSORS, true, shortcut(Key.KEY_S)),
    TARGET_UP("target-up", VaadinIcon.ARROW_UP, false, shortcut(Key.ARROW_UP, KeyModifier.ALT)),
    TARGET_DOWN("target-down", VaadinIcon.ARROW_DOWN, false, shortcut(Key.ARROW_DOWN, KeyModifier.ALT)),
    SOURCE_UP("source-up", VaadinIcon.ARROW_UP, false, shortcut(Key.ARROW_UP, KeyModifier.ALT, KeyModifier.SHIFT)),
    SOURCE_DOWN("source-down", VaadinIcon.ARROW_DOWN, false,
            shortcut(Key.ARROW_DOWN, KeyModifier.ALT, KeyModifier.SHIFT)),
    /** Joins two target sentences of the bead (asks which when it has more than two): Ctrl+M's sibling. */
    JOIN_TARGETS("join-targets", VaadinIcon.LINK, false, shortcut(Key.KEY_M, KeyModifier.CONTROL, KeyModifier.SHIFT)),
    /** Opens {@link SentenceDialog}: splits a target sentence before a chosen word; S's sibling. */
    SPLIT_TARGET("split-target", VaadinIcon.SPLIT_H, false, shortcut(Key.KEY_S, KeyModifier.SHIFT)),
    NO_COUNTERPART("no-counterpart", VaadinIcon.UNLINK, true, shortcut(Key.DIGIT_0, KeyModifier.CONTROL),
            shortcut(Key.DELETE)),
    UNDO("undo-change", VaadinIcon.ARROW_BACKWARD, true, shortcut(Key.KEY_Z, KeyModifier.CONTROL)),
    PREVIOUS("previous-bead", VaadinIcon.ANGLE_UP, false, shortcut(Key.ARROW_UP), shortcut(Key.KEY_K)),
    NEXT("next-bead", VaadinIcon.ANGLE_DOWN, false, shortcut(Key.ARROW_DOWN), shortcut(Key.KEY_J)),
    HELP("show-shortcuts", VaadinIcon.KEYBOARD_O, false, shortcut(Key.KEY_H), shortcut(Key.of("?"), KeyModifier.SHIFT));

    record Shortcut(Key key, KeyModifier... modifiers) {

        /** "Ctrl+M", "Alt+Shift+↑": the same words in every UI language. */
        String label() {
            StringBuilder text = new StringBuilder();
            for (KeyModifier modifier : modifiers) {
                text.append(switch (modifier) {
                    case CONTROL -> "Ctrl";
                    case ALT -> "Alt";
                    case SHIFT -> "Shift";
                    default -> modifier.name();
                }).append('+');
            }
            String key = key().getKeys().getFirst();
            text.append(switch (key) {
                case "ArrowUp" -> "↑";
                case "ArrowDown" -> "↓";
                case "Digit0" -> "0";
                case "Delete" -> "Del";
                default -> key.length() == 1 ? key.toUpperCase(java.util.Locale.ROOT) : key.replace("Key", "");
            });
            return text.toString();
        }
    }

    private final String id;
    private final VaadinIcon icon;
    private final boolean primary;
    private final List<Shortcut> shortcuts;

    ReviewAction(String id, VaadinIcon icon, boolean primary, Shortcut... shortcuts) {
        this.id = id;
        this.icon = icon;
        this.primary = primary;
        this.shortcuts = List.of(shortcuts);
    }

    private static Shortcut shortcut(Key key, KeyModifier... modifiers) {
        return new Shortcut(key, modifiers);
    }

    String id() {
        return id;
    }

    VaadinIcon icon() {
        return icon;
    }

    /** Shown with its text on the toolbar; the others are icon buttons. */
    boolean primary() {
        return primary;
    }

    List<Shortcut> shortcuts() {
        return shortcuts;
    }

    String textKey() {
        return "align.action." + name();
    }

    String shortcutLabels() {
        return String.join(" / ", shortcuts.stream().map(Shortcut::label).toList());
    }
}
