package org.interlinea.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identifies what segmenting a page depends on besides the page: the sentence rules and the way segment text
 * is coded ({@link Placeholders}), so stored segmentations made otherwise can be found and redone.
 */
public final class SegmentationRules {

    /** The coding of segment text: change it whenever the segmenter writes the same page's text differently. */
    private static final String CODING = Placeholders.SYNTAX + " with literal text escaped";
    private static final String VERSION = hash();

    private SegmentationRules() {
    }

    /** A short hash of {@code interlinea.srx}, the coding and the segment length bound: it changes whenever one does. */
    public static String version() {
        return VERSION;
    }

    private static String hash() {
        try (InputStream in = SegmentationRules.class.getResourceAsStream("interlinea.srx")) {
            if (in == null) {
                throw new IllegalStateException("interlinea.srx is missing from the classpath");
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(in.readAllBytes());
            // The length bound cuts sentences too: a new bound is a new segmentation.
            sha.update(("\nmax-segment=" + UnitSegmenter.MAX_SEGMENT).getBytes(StandardCharsets.UTF_8));
            byte[] digest = sha.digest(CODING.getBytes(StandardCharsets.UTF_8));
            return "srx:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
