package org.interlinea.document;

import net.sf.okapi.common.resource.TextFragment;

/**
 * One Okapi text unit located in the original text. {@code starts[i]}/{@code ends[i]} give the original
 * range of coded-text character i (both marker characters of a code get the code's whole range;
 * collapsed whitespace gets the whitespace run it stands for, possibly empty).
 *
 * @param quote the quote character delimiting an attribute value, 0 for element content
 */
record MappedUnit(String context, TextFragment fragment, int[] starts, int[] ends, char quote) {

    String codedText() {
        return fragment.getCodedText();
    }

    boolean isAttribute() {
        return context.startsWith("attribute:") || context.startsWith("meta:");
    }
}
