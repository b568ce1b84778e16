package org.interlinea.content;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which file names in a language folder are pages, and for those that look like a page but cannot be one, why:
 * a page's file name is its address in every URL and path ({@code /translate/<slug>/pt}, {@code /pt/<slug>.html}),
 * so it is refused with a reason the coordinator can act on (rename to what), never guessed at or silently dropped.
 */
final class PageFileNames {

    static final String HIDDEN = "sync.problem.fileName.hidden";
    static final String EXTENSION = "sync.problem.fileName.extension";
    static final String UPPER_CASE = "sync.problem.fileName.upperCase";
    static final String UPPER_CASE_TWIN = "sync.problem.fileName.upperCaseTwin";
    static final String TOO_LONG = "sync.problem.fileName.tooLong";
    static final String FIRST_CHARACTER = "sync.problem.fileName.firstCharacter";
    static final String CHARACTERS = "sync.problem.fileName.characters";

    private PageFileNames() {
    }

    /**
     * A name worth a look: ends in {@code .html} or {@code .htm} in any case. The hidden temporary files of an
     * atomic publish ({@code .slug.html.tmp-…}) and everything else in the folder (images, notes) are not.
     */
    static boolean looksLikeAPage(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    /** Why this file is not read as a page, or null when it is one. {@code siblings}: the names in its folder. */
    static @Nullable ContentProblem problem(String name, String path, String language, Set<String> siblings) {
        if (name.startsWith(".")) {
            return warning(path, language, "the file is hidden (its name starts with '.'); it is not read",
                    HIDDEN);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String base = name.substring(0, dot);
        if (!name.endsWith(".html")) {
            String lowerBase = base.toLowerCase(Locale.ROOT);
            String renamed = (ContentFolder.isSlug(lowerBase) ? lowerBase : base) + ".html";
            return warning(path, language, "only files ending in '.html' are read; rename it to '" + renamed
                    + "'", EXTENSION, name.substring(dot), renamed);
        }
        if (ContentFolder.isSlug(base)) {
            return null;
        }
        if (base.length() > ContentFolder.MAX_SLUG) {
            return error(path, language, "the file name is " + base.length() + " characters long before '.html'; "
                    + "page addresses have at most " + ContentFolder.MAX_SLUG, TOO_LONG,
                    String.valueOf(base.length()), String.valueOf(ContentFolder.MAX_SLUG));
        }
        if (ContentFolder.isSlug(base.toLowerCase(Locale.ROOT))) {
            String renamed = lower;
            if (siblings.contains(renamed)) {
                return error(path, language, "the file name has capital letters, and '" + renamed + "' is there too: "
                        + "page addresses are lower case, so only that one is read", UPPER_CASE_TWIN, renamed);
            }
            return error(path, language, "the file name has capital letters; page addresses are lower case: rename it "
                    + "to '" + renamed + "'", UPPER_CASE, renamed);
        }
        Set<String> bad = new LinkedHashSet<>();
        // Capitals are not listed: the advice to use lower case covers them.
        base.toLowerCase(Locale.ROOT).codePoints().filter(c -> !allowed(c)).limit(5).forEach(c -> bad.add(shown(c)));
        if (bad.isEmpty()) {
            String first = shown(base.codePointAt(0));
            return error(path, language, "the file name starts with " + first + "; it must start with a letter a-z "
                    + "or a digit", FIRST_CHARACTER, first);
        }
        String list = String.join(" ", bad);
        return error(path, language, "the file name is not a page slug: it has characters a page address cannot have ("
                + list + "); use lower-case letters a-z, digits, '-', '_' and '.'", CHARACTERS, list);
    }

    private static boolean allowed(int c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.';
    }

    /** A character as a person can read it in a list: quoted, or by its code when it is invisible. */
    private static String shown(int c) {
        if (c != ' ' && (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c))) {
            return String.format("U+%04X", c);
        }
        return "'" + new String(Character.toChars(c)) + "'";
    }

    private static ContentProblem error(String path, String language, String reason, String key, String... args) {
        return new ContentProblem(path, language, null, ContentProblem.Severity.ERROR, reason, key, List.of(args));
    }

    private static ContentProblem warning(String path, String language, String reason, String key, String... args) {
        return new ContentProblem(path, language, null, ContentProblem.Severity.WARNING, reason, key, List.of(args));
    }
}
