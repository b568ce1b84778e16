package org.interlinea.publish.ui;

import org.jspecify.annotations.Nullable;

/**
 * A segment's context from extraction ({@code p}, {@code h2}, {@code attribute:alt}, {@code meta:description})
 * as the key of a word a coordinator reads: "Paragraph", "Heading", "Image description", "Page description".
 */
final class SegmentKind {

    private SegmentKind() {
    }

    static String key(@Nullable String context) {
        String kind = switch (context == null ? "" : context) {
            case "title" -> "title";
            case "h1", "h2", "h3", "h4", "h5", "h6" -> "heading";
            case "p" -> "paragraph";
            case "li" -> "listItem";
            case "td", "th" -> "tableCell";
            case "caption", "figcaption" -> "caption";
            case "dt" -> "term";
            case "dd" -> "definition";
            case "attribute:alt" -> "imageDescription";
            case "attribute:title" -> "tooltip";
            case "meta:description" -> "pageDescription";
            default -> "other";
        };
        return "segment.kind." + kind;
    }
}
