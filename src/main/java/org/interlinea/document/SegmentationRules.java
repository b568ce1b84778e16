package org.interlinea.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Identifies the sentence rules in use, so stored segmentations made with other rules can be found and redone. */
public final class SegmentationRules {

    private static final String VERSION = hash();

    private SegmentationRules() {
    }

    /** A short hash of {@code interlinea.srx} and the segment length bound: it changes whenever a rule does. */
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
            sha.update(("\nmax-segment=" + UnitSegmenter.MAX_SEGMENT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] digest = sha.digest();
            return "srx:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
