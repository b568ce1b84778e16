package org.interlinea.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How deep a page's elements nest, found by a plain scan of its tags before any HTML parser sees the page.
 * Okapi's HTML filter takes time that grows with the square of the nesting depth (100,000 nested {@code div}s:
 * four minutes), so a page past the limit is refused in milliseconds instead.
 *
 * <p>It counts roughly as a browser builds the tree, so ordinary pages are not refused for what their markup
 * leaves out: an end tag closes what is still open inside its element, the elements whose end tag may be left
 * out ({@code p}, {@code li}, {@code td}...) are closed by the next one, void elements never open, and comments,
 * declarations and the text of {@code script}, {@code style} and the like are skipped. Where it errs, it errs
 * towards less depth; the time limit on reading a page covers the rest.
 */
final class MarkupDepth {

    private static final Set<String> VOID = Set.of("area", "base", "basefont", "bgsound", "br", "col", "command",
            "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link", "meta", "param", "source", "track",
            "wbr");
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes");
    /** Start tags that close an open {@code p} (HTML's "close a p element"). */
    private static final Set<String> CLOSES_P = Set.of("address", "article", "aside", "blockquote", "center",
            "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
            "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section",
            "summary", "table", "ul");
    /** Elements a {@code p} inside them is never closed across. */
    private static final Set<String> P_SCOPE = Set.of("applet", "body", "button", "caption", "html", "marquee",
            "object", "table", "td", "template", "th");
    /** For a start tag whose element closes an open sibling: the siblings it closes, and where to stop looking. */
    private static final Map<String, Sibling> SIBLINGS = siblings();

    private record Sibling(Set<String> closes, Set<String> stopsAt) {
    }

    private MarkupDepth() {
    }

    /** The line on which the page's elements first nest deeper than {@code limit}, if they do. */
    static OptionalInt lineBeyond(String html, int limit) {
        List<String> open = new ArrayList<>();
        Map<String, Integer> openCount = new HashMap<>();
        int n = html.length();
        int i = 0;
        while (i < n) {
            int lt = html.indexOf('<', i);
            if (lt < 0 || lt + 1 >= n) {
                break;
            }
            char next = html.charAt(lt + 1);
            if (html.startsWith("<!--", lt)) {
                int end = html.indexOf("-->", lt + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (next == '!' || next == '?') {
                i = endOfTag(html, lt + 2); // doctype, CDATA, processing instruction
                continue;
            }
            boolean endTag = next == '/';
            int nameStart = lt + (endTag ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < n && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == nameStart || !Character.isLetter(html.charAt(nameStart))) {
                i = lt + 1; // a '<' in the text
                continue;
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            i = endOfTag(html, nameEnd);
            if (endTag) {
                closeThrough(open, openCount, name, Set.of());
                continue;
            }
            if (VOID.contains(name) || html.charAt(i - 2) == '/') {
                continue;
            }
            Sibling sibling = SIBLINGS.get(name);
            if (sibling != null) {
                closeAny(open, openCount, sibling.closes(), sibling.stopsAt());
            }
            if (CLOSES_P.contains(name)) {
                closeAny(open, openCount, Set.of("p"), P_SCOPE);
            }
            open.add(name);
            openCount.merge(name, 1, Integer::sum);
            if (open.size() > limit) {
                return OptionalInt.of(lineOf(html, lt));
            }
            if (RAW_TEXT.contains(name)) {
                int end = indexOfIgnoreCase(html, "</" + name, i);
                i = end < 0 ? n : end;
            }
        }
        return OptionalInt.empty();
    }

    /** After the tag's '>', skipping quoted attribute values (which may hold a '>'). */
    private static int endOfTag(String html, int from) {
        char quote = 0;
        for (int i = from; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return html.length();
    }

    /** An end tag closes its element and whatever is still open inside it; a stray one closes nothing. */
    private static void closeThrough(List<String> open, Map<String, Integer> openCount, String name,
                                     Set<String> stopsAt) {
        closeAny(open, openCount, Set.of(name), stopsAt);
    }

    private static void closeAny(List<String> open, Map<String, Integer> openCount, Set<String> names,
                                 Set<String> stopsAt) {
        if (names.stream().noneMatch(name -> openCount.getOrDefault(name, 0) > 0)) {
            return;
        }
        for (int at = open.size() - 1; at >= 0; at--) {
            String element = open.get(at);
            if (names.contains(element)) {
                while (open.size() > at) {
                    openCount.merge(open.removeLast(), -1, Integer::sum);
                }
                return;
            }
            if (stopsAt.contains(element)) {
                return;
            }
        }
    }

    private static Map<String, Sibling> siblings() {
        Map<String, Sibling> map = new HashMap<>();
        Sibling item = new Sibling(Set.of("li"), Set.of("ul", "ol", "menu", "dir"));
        Sibling definition = new Sibling(Set.of("dt", "dd"), Set.of("dl"));
        Sibling cell = new Sibling(Set.of("td", "th"), Set.of("tr", "table"));
        Sibling section = new Sibling(Set.of("thead", "tbody", "tfoot"), Set.of("table"));
        Sibling ruby = new Sibling(Set.of("rb", "rt", "rp", "rtc"), Set.of("ruby"));
        map.put("li", item);
        map.put("dt", definition);
        map.put("dd", definition);
        map.put("td", cell);
        map.put("th", cell);
        map.put("tr", new Sibling(Set.of("tr"), Set.of("table", "thead", "tbody", "tfoot")));
        map.put("thead", section);
        map.put("tbody", section);
        map.put("tfoot", section);
        map.put("option", new Sibling(Set.of("option"), Set.of("select", "datalist", "optgroup")));
        map.put("optgroup", new Sibling(Set.of("optgroup", "option"), Set.of("select")));
        map.put("rb", ruby);
        map.put("rt", ruby);
        map.put("rp", ruby);
        map.put("rtc", ruby);
        return Map.copyOf(map);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == ':' || c == '_' || c == '.';
    }

    private static int indexOfIgnoreCase(String html, String what, int from) {
        for (int i = html.indexOf('<', from); i >= 0; i = html.indexOf('<', i + 1)) {
            if (html.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOf(String html, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (html.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
