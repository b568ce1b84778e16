package org.interlinea.alignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The minimum-cost monotone path of beads through the (source x target) lattice, computed only inside a
 * band of half-width {@code halfWidth} around the diagonal from (0, 0) to (n, m). Costs and back-pointers
 * are stored for band cells only (5 bytes each), so memory is O((n + m) * band) and a 10,000-sentence
 * document needs a few megabytes instead of the 10^8 cells of the full matrix.
 *
 * <p>Each row i (source sentences consumed) holds target positions {@code [lo[i], hi[i]]}. Rows are
 * connected as long as the band is at least as wide as the diagonal's slope, which the constructor
 * guarantees, so (n, m) is always reachable (0-1 and 1-0 beads can walk along any row or column).
 */
final class BandedDynamicProgram {

    /** One bead of the best path, with what the confidence is computed from. */
    record Step(BeadType type, int source, int target, double cost, double margin) {
    }

    /** The best path, and whether it came so close to the band's edge that a wider band may do better. */
    record Result(List<Step> steps, long cellsAllocated, boolean touchedEdge) {
    }

    /** Closer than this to the band's edge, the path may have been pushed by the edge. */
    private static final int EDGE = 4;
    /** The margin reported when no alternative bead reaches the same cell. */
    static final double NO_ALTERNATIVE = 30;

    private final BeadScorer scorer;
    private final int n;
    private final int m;
    private final int[] lo;
    private final int[] hi;
    private final int[] offset;

    BandedDynamicProgram(BeadScorer scorer, int halfWidth) {
        this.scorer = scorer;
        this.n = scorer.sourceSize();
        this.m = scorer.targetSize();
        int slope = n == 0 ? m : (int) Math.ceil((double) m / n);
        int w = Math.max(halfWidth, slope + 1);
        lo = new int[n + 1];
        hi = new int[n + 1];
        offset = new int[n + 2];
        for (int i = 0; i <= n; i++) {
            double centre = n == 0 ? 0 : (double) i * m / n;
            lo[i] = i == 0 ? 0 : Math.max(0, (int) Math.floor(centre) - w);
            hi[i] = n == 0 ? m : Math.min(m, (int) Math.ceil(centre) + w);
            long next = (long) offset[i] + hi[i] - lo[i] + 1;
            if (next > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("band too large: " + n + " x " + m + " with half-width " + w);
            }
            offset[i + 1] = (int) next;
        }
        lo[n] = Math.min(lo[n], m);
        hi[n] = m;
    }

    long cells() {
        return offset[n + 1];
    }

    Result run() {
        int cells = offset[n + 1];
        float[] cost = new float[cells];
        byte[] back = new byte[cells];
        for (int i = 0; i <= n; i++) {
            for (int j = lo[i]; j <= hi[i]; j++) {
                int cell = offset[i] + j - lo[i];
                if (i == 0 && j == 0) {
                    back[cell] = -1;
                    continue;
                }
                float best = Float.POSITIVE_INFINITY;
                byte arg = -1;
                for (BeadType type : BeadType.ALL) {
                    int pi = i - type.source;
                    int pj = j - type.target;
                    int previous = index(pi, pj);
                    if (previous < 0 || cost[previous] == Float.POSITIVE_INFINITY) {
                        continue;
                    }
                    float c = (float) (cost[previous] + scorer.cost(type, pi, pj));
                    if (c < best) {
                        best = c;
                        arg = (byte) type.ordinal();
                    }
                }
                cost[cell] = best;
                back[cell] = arg;
            }
        }
        return backtrace(cost, back, cells);
    }

    private Result backtrace(float[] cost, byte[] back, long cells) {
        List<Step> steps = new ArrayList<>();
        boolean touched = false;
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            touched |= nearEdge(i, j);
            BeadType type = BeadType.ALL[back[index(i, j)]];
            int pi = i - type.source;
            int pj = j - type.target;
            double own = scorer.cost(type, pi, pj);
            steps.add(new Step(type, pi, pj, own, margin(cost, i, j, type)));
            i = pi;
            j = pj;
        }
        Collections.reverse(steps);
        return new Result(List.copyOf(steps), cells, touched);
    }

    /** How much worse the best other bead arriving at (i, j) is than the chosen one. */
    private double margin(float[] cost, int i, int j, BeadType chosen) {
        double best = cost[index(i, j)];
        double second = Double.POSITIVE_INFINITY;
        for (BeadType type : BeadType.ALL) {
            int previous = index(i - type.source, j - type.target);
            if (type == chosen || previous < 0 || cost[previous] == Float.POSITIVE_INFINITY) {
                continue;
            }
            second = Math.min(second, cost[previous] + scorer.cost(type, i - type.source, j - type.target));
        }
        return Math.min(NO_ALTERNATIVE, second - best);
    }

    private boolean nearEdge(int i, int j) {
        return (lo[i] > 0 && j - lo[i] < EDGE) || (hi[i] < m && hi[i] - j < EDGE);
    }

    private int index(int i, int j) {
        if (i < 0 || j < lo[Math.max(i, 0)] || j > hi[Math.max(i, 0)]) {
            return -1;
        }
        return offset[i] + j - lo[i];
    }
}
