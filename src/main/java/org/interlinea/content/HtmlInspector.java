package org.interlinea.content;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import net.htmlparser.jericho.Element;
import net.htmlparser.jericho.HTMLElementName;
import net.htmlparser.jericho.Logger;
import net.htmlparser.jericho.Source;
import net.htmlparser.jericho.StartTag;
import org.jspecify.annotations.Nullable;

/**
 * Looks at a page with Jericho (the parser under Okapi's HTML filter): is it an HTML document, what do
 * its title and meta tags say, and what markup problems does the parser see.
 */
final class HtmlInspector {

    private static final int MAX_WARNINGS = 5;

    private HtmlInspector() {
    }

    static HtmlMetadata inspect(String text, String fallbackTitle, List<String> warnings)
            throws ContentFileReader.UnreadableContent {
        Source source = new Source(text);
        source.setLogger(new WarningCollector(warnings));
        source.fullSequentialParse();
        boolean hasDocumentElement = source.getFirstElement(HTMLElementName.HTML) != null
                || source.getFirstElement(HTMLElementName.BODY) != null;
        if (!hasDocumentElement) {
            boolean noMarkup = source.getAllStartTags().isEmpty();
            throw new ContentFileReader.UnreadableContent(noMarkup
                    ? "not an HTML page: the file has no markup at all"
                    : "not an HTML page: it has neither <html> nor <body>",
                    noMarkup ? ContentProblem.NO_MARKUP : ContentProblem.NOT_HTML, List.of());
        }
        Element body = source.getFirstElement(HTMLElementName.BODY);
        // Spaces, &nbsp; and dashes are not text to translate either: no segment would come of them.
        if (body != null && body.getContent().getTextExtractor().toString().codePoints()
                .noneMatch(Character::isLetterOrDigit)) {
            warnings.add("the page body has no text to translate");
        }
        String title = text(source.getFirstElement(HTMLElementName.TITLE));
        if (title.isEmpty()) {
            title = text(source.getFirstElement(HTMLElementName.H1));
        }
        if (title.isEmpty()) {
            title = fallbackTitle;
        }
        LocalDate published = date(source, warnings, "article:published_time", "date", "dcterms.date");
        LocalDate modified = date(source, warnings, "article:modified_time", "dcterms.modified");
        return new HtmlMetadata(title, published, modified, priority(source, warnings));
    }

    private static String text(@Nullable Element element) {
        return element == null ? "" : element.getContent().getTextExtractor().toString().strip();
    }

    /** The first meta tag whose {@code name} or {@code property} is one of the given keys. */
    private static @Nullable String meta(Source source, String... keys) {
        for (String key : keys) {
            for (StartTag tag : source.getAllStartTags(HTMLElementName.META)) {
                String name = tag.getAttributeValue("name");
                String property = tag.getAttributeValue("property");
                if (key.equalsIgnoreCase(name) || key.equalsIgnoreCase(property)) {
                    String content = tag.getAttributeValue("content");
                    return content == null ? null : content.strip();
                }
            }
        }
        return null;
    }

    private static @Nullable LocalDate date(Source source, List<String> warnings, String... keys) {
        String value = meta(source, keys);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            // ISO dates and date-times alike start with yyyy-MM-dd.
            return LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            warnings.add("meta " + keys[0] + " '" + value + "' is not a date like 2026-03-14; ignored");
            return null;
        }
    }

    private static int priority(Source source, List<String> warnings) {
        String value = meta(source, "interlinea:priority");
        if (value == null || value.isEmpty()) {
            return HtmlMetadata.DEFAULT_PRIORITY;
        }
        try {
            int priority = Integer.parseInt(value);
            if (priority >= 1 && priority <= 5) {
                return priority;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        warnings.add("meta interlinea:priority '" + value + "' is not a number from 1 to 5; using "
                + HtmlMetadata.DEFAULT_PRIORITY);
        return HtmlMetadata.DEFAULT_PRIORITY;
    }

    /** Keeps the parser's own complaints (unclosed or stray tags) as warnings for the coordinator. */
    private record WarningCollector(List<String> warnings) implements Logger {
        @Override
        public void error(String message) {
            add(message);
        }

        @Override
        public void warn(String message) {
            add(message);
        }

        private void add(String message) {
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add("markup: " + message.toLowerCase(Locale.ROOT).charAt(0) + message.substring(1));
            }
        }

        @Override
        public void info(String message) {
        }

        @Override
        public void debug(String message) {
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }
    }
}
