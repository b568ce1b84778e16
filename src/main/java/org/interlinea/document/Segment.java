package org.interlinea.document;

/**
 * One sentence (or heading, list item, caption, attribute value) of a source document.
 *
 * @param index     0..n-1 in document order
 * @param paragraph 0..p-1: the block (Okapi text unit) the segment belongs to
 * @param text      the text with inline markup as numbered placeholders: {@code <1>…</1>} for a paired
 *                  tag, {@code {2}} for an isolated one (numbered per segment from 1)
 * @param words     the number of runs of letters and digits
 * @param context   the kind of block: {@code title}, {@code h1}, {@code p}, {@code li},
 *                  {@code attribute:alt}, {@code meta:description}, ...
 */
public record Segment(int index, int paragraph, String text, int words, String context) {
}
