package org.interlinea.alignment.cli;

/** A sentence read from a file: its position, the paragraph it belongs to and its text. */
record Sentence(int index, int paragraph, String text) {
}
