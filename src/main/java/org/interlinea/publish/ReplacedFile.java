package org.interlinea.publish;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interlinea.document.HtmlDocuments;
import org.interlinea.document.Placeholders;
import org.interlinea.document.Segment;

/**
 * What publishing would replace in a file Interlinea did not write: how many of its sentences the new page
 * no longer has (replaced with other text or with the source text). Sentences are compared as plain text,
 * without their placeholders, since a hand-written file numbers its markup its own way.
 */
record ReplacedFile(int sentences, int notInNewPage, boolean readable) {

    static ReplacedFile compare(byte[] existing, byte[] replacement, String language) {
        List<Segment> old;
        try {
            old = HtmlDocuments.extract(existing, language).segments();
        } catch (RuntimeException e) {  // DocumentException, or Okapi's own on malformed input
            // Not even readable as HTML: everything in it would be replaced.
            return new ReplacedFile(0, 0, false);
        }
        Map<String, Integer> kept = new HashMap<>();
        for (Segment segment : HtmlDocuments.extract(replacement, language).segments()) {
            kept.merge(plain(segment.text()), 1, Integer::sum);
        }
        int lost = 0;
        for (Segment segment : old) {
            String text = plain(segment.text());
            Integer left = kept.get(text);
            if (left == null || left == 0) {
                lost++;
            } else {
                kept.put(text, left - 1);
            }
        }
        return new ReplacedFile(old.size(), lost, true);
    }

    private static String plain(String segmentText) {
        return Placeholders.plain(segmentText).replaceAll("\\s+", " ").strip();
    }
}
