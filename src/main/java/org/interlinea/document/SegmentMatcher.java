package org.interlinea.document;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Matches the segments of a page's previous source to its new source, so translations follow their
 * sentence: identical text is kept, edited text (similar enough, between the same unchanged neighbours)
 * keeps its translation marked outdated, the rest is new or removed.
 */
final class SegmentMatcher {

    /** Below this character similarity two sentences are different sentences, not an edit. */
    static final double EDIT_SIMILARITY = 0.5;

    private SegmentMatcher() {
    }

    enum Kind { KEPT, EDITED, NEW }

    /** For each new segment: how it relates to the old ones ({@code oldIndex} is -1 for NEW). */
    record Match(Kind kind, int oldIndex) {
    }

    record Result(List<Match> matches, List<Integer> removedOldIndexes) {
    }

    static Result match(List<String> oldTexts, List<String> newTexts) {
        int[][] pairs = longestCommonSubsequence(oldTexts, newTexts);
        Match[] matches = new Match[newTexts.size()];
        boolean[] oldUsed = new boolean[oldTexts.size()];
        int prevOld = 0;
        int prevNew = 0;
        for (int[] pair : pairs) {
            pairGap(oldTexts, newTexts, prevOld, pair[0], prevNew, pair[1], matches, oldUsed);
            matches[pair[1]] = new Match(Kind.KEPT, pair[0]);
            oldUsed[pair[0]] = true;
            prevOld = pair[0] + 1;
            prevNew = pair[1] + 1;
        }
        pairGap(oldTexts, newTexts, prevOld, oldTexts.size(), prevNew, newTexts.size(), matches, oldUsed);
        List<Integer> removed = new ArrayList<>();
        for (int i = 0; i < oldUsed.length; i++) {
            if (!oldUsed[i]) {
                removed.add(i);
            }
        }
        return new Result(List.of(matches), removed);
    }

    /** Inside a stretch between two unchanged segments, pairs new with old in order where similar. */
    private static void pairGap(List<String> oldTexts, List<String> newTexts, int oldFrom, int oldTo, int newFrom,
                                int newTo, Match[] matches, boolean[] oldUsed) {
        int nextOld = oldFrom;
        for (int n = newFrom; n < newTo; n++) {
            matches[n] = new Match(Kind.NEW, -1);
            for (int o = nextOld; o < oldTo; o++) {
                if (isEdit(oldTexts.get(o), newTexts.get(n))) {
                    matches[n] = new Match(Kind.EDITED, o);
                    oldUsed[o] = true;
                    nextOld = o + 1;
                    break;
                }
            }
        }
    }

    /**
     * Index pairs (old, new) of a longest common subsequence of identical texts, in order. The common
     * head and tail are taken first, so the quadratic table covers only the edited middle.
     * Hand-made, not java-diff-utils: with repeated sentences its Myers diff may pair a different copy, and
     * which copy keeps its translation would change.
     */
    private static int[][] longestCommonSubsequence(List<String> a, List<String> b) {
        List<int[]> pairs = new ArrayList<>();
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            pairs.add(new int[] {head, head});
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        int n = a.size() - head - tail;
        int m = b.size() - head - tail;
        int[][] length = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                length[i][j] = a.get(head + i).equals(b.get(head + j)) ? length[i + 1][j + 1] + 1
                        : Math.max(length[i + 1][j], length[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(head + i).equals(b.get(head + j))) {
                pairs.add(new int[] {head + i++, head + j++});
            } else if (length[i + 1][j] >= length[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        for (int t = tail; t > 0; t--) {
            pairs.add(new int[] {a.size() - t, b.size() - t});
        }
        return pairs.toArray(int[][]::new);
    }

    /**
     * Whether the character similarity, 1 - (Levenshtein distance / longer length), is at least
     * {@link #EDIT_SIMILARITY}. Commons Text computes the distance only up to the most an edit
     * may change, so two different sentences are told apart without filling the whole table.
     */
    static boolean isEdit(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        int threshold = (int) Math.floor(longer * (1 - EDIT_SIMILARITY));
        return longer == 0 || new LevenshteinDistance(threshold).apply(a, b) >= 0;
    }
}
