package org.interlinea.translation;

import java.util.List;

/**
 * A translation the server will never accept as it is (validation, not an outage): saving it again cannot
 * help, only changing the text can. Carries the reason as a message key ({@code translation.refused.<code>})
 * and its arguments, so every screen says it in its own UI language.
 */
public final class SaveRefused extends RuntimeException {

    /** PostgreSQL cannot store U+0000 in text; a paste from another program may carry one. */
    public static final String CONTROL_CHARACTER = "control-character";
    public static final String TOO_LONG = "too-long";

    private final String code;
    private final List<Object> args;

    SaveRefused(String code, String englishReason, Object... args) {
        super(englishReason);
        this.code = code;
        this.args = List.of(args);
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "translation.refused." + code;
    }

    public Object[] messageArgs() {
        return args.toArray();
    }
}
