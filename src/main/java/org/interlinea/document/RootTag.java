package org.interlinea.document;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Sets the language (and direction) on the page's root {@code <html>} tag, changing nothing else in it,
 * so a translated page declares its language for browsers, screen readers and search engines.
 */
final class RootTag {

    private static final Pattern HTML_TAG = Pattern.compile("<html(?=[\\s>/])[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Set<String> RTL = Set.of("ar", "he", "iw", "fa", "ur", "ps", "yi", "dv", "sd", "ug", "ckb");

    /** The tag's range in the original text and its new text. */
    record Edit(int start, int end, String text) {
    }

    private RootTag() {
    }

    /** The edit for {@code language}, or null when the page has no {@code <html>} tag. */
    static @Nullable Edit edit(String src, String language) {
        Matcher m = HTML_TAG.matcher(src);
        while (m.find()) {
            if (!insideComment(src, m.start())) {
                String tag = m.group();
                tag = setAttribute(tag, "lang", language);
                if (attribute(tag, "xml:lang").find()) {
                    tag = setAttribute(tag, "xml:lang", language);
                }
                tag = isRtl(language) ? setAttribute(tag, "dir", "rtl") : removeAttribute(tag, "dir");
                return new Edit(m.start(), m.end(), tag);
            }
        }
        return null;
    }

    static boolean isRtl(String language) {
        String primary = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return RTL.contains(primary) || language.toLowerCase(Locale.ROOT).contains("-arab");
    }

    private static boolean insideComment(String src, int at) {
        int open = src.lastIndexOf("<!--", at);
        return open >= 0 && src.indexOf("-->", open) > at;
    }

    private static Matcher attribute(String tag, String name) {
        return Pattern.compile("(\\s)" + Pattern.quote(name) + "\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]*)",
                Pattern.CASE_INSENSITIVE).matcher(tag);
    }

    private static String setAttribute(String tag, String name, String value) {
        String escaped = value.replace("&", "&amp;").replace("\"", "&quot;");
        Matcher m = attribute(tag, name);
        if (m.find()) {
            char q = m.group(2).isEmpty() ? '"' : m.group(2).charAt(0);
            String quoted = q == '\'' ? "'" + escaped.replace("'", "&#39;") + "'" : "\"" + escaped + "\"";
            return tag.substring(0, m.start(2)) + quoted + tag.substring(m.end(2));
        }
        int at = tag.endsWith("/>") ? tag.length() - 2 : tag.length() - 1; // new attributes go last
        while (at > 5 && Character.isWhitespace(tag.charAt(at - 1))) {
            at--;
        }
        return tag.substring(0, at) + " " + name + "=\"" + escaped + "\"" + tag.substring(at);
    }

    private static String removeAttribute(String tag, String name) {
        Matcher m = attribute(tag, name);
        return m.find() ? tag.substring(0, m.start()) + tag.substring(m.end()) : tag;
    }
}
