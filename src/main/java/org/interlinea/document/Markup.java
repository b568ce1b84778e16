package org.interlinea.document;

/**
 * A placeholder of a segment and the original range of the markup it stands for.
 *
 * @param token    as it appears in the segment text: {@code <1>}, {@code </1>} or {@code {2}}
 * @param required whether a translation must keep it: paired tags and halves of tags split by a
 *                 sentence boundary must, or the page's tag structure would break; a lone image or
 *                 line break may be dropped by the translator
 */
record Markup(String token, int start, int end, boolean required) {
}
