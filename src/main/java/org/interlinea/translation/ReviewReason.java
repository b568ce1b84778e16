package org.interlinea.translation;

import java.util.List;

/**
 * Why a translation needs a person's review, as a message key suffix and its arguments, so every screen
 * renders it in its own UI language ({@code review.reason.<code>}); e.g. {@code numbers-differ} with "12"
 * and "10" when the source says 12 and the imported translation 10.
 */
public record ReviewReason(String code, List<String> args) {

    public static final String NUMBERS_DIFFER = "numbers-differ";
    public static final String NAMES_DIFFER = "names-differ";
    public static final String DATES_DIFFER = "dates-differ";

    public ReviewReason {
        args = List.copyOf(args);
    }

    public static ReviewReason of(String code, String... args) {
        return new ReviewReason(code, List.of(args));
    }

    /** The i18n key of the message. */
    public String messageKey() {
        return "review.reason." + code;
    }

    /** The arguments as {@code getTranslation} takes them. */
    public Object[] messageArgs() {
        return args.toArray();
    }
}
