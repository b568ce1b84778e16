package org.interlinea.tm;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The word-level difference between a memory entry's source and the segment being translated, so the
 * translator sees what to change in the suggested translation. Longest common subsequence over words.
 */
public final class WordDiff {

    public enum Kind { SAME, REMOVED, ADDED }

    /** A run of words: in both, only in the memory's source (REMOVED), or only in this segment (ADDED). */
    public record Part(Kind kind, String text) {
    }

    private WordDiff() {
    }

    public static List<Part> between(String memorySource, String segmentSource) {
        String[] a = words(memorySource);
        String[] b = words(segmentSource);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                add(parts, Kind.SAME, a[i++]);
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(parts, Kind.ADDED, b[j++]);
            } else {
                add(parts, Kind.REMOVED, a[i++]);
            }
        }
        return parts;
    }

    public static boolean identical(List<Part> parts) {
        return parts.stream().allMatch(p -> p.kind() == Kind.SAME);
    }

    private static void add(List<Part> parts, Kind kind, String word) {
        if (!parts.isEmpty() && parts.getLast().kind() == kind) {
            Part last = parts.removeLast();
            parts.add(new Part(kind, last.text() + " " + word));
        } else {
            parts.add(new Part(kind, word));
        }
    }

    private static String[] words(@Nullable String text) {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }
}
