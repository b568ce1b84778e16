package org.interlinea.alignment.bench;

import java.util.ArrayList;
import java.util.List;

/** A bead as sets of sentence indexes, the form vecalign's gold files and its scorer use. */
public record GoldBead(List<Integer> source, List<Integer> target) {

    public GoldBead {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    static GoldBead ofRanges(int s0, int s1, int t0, int t1) {
        return new GoldBead(range(s0, s1), range(t0, t1));
    }

    /** Parses one line of vecalign notation, e.g. {@code [1, 2]:[3]} or {@code []:[4]}. */
    static GoldBead parse(String line) {
        String[] sides = line.strip().split(":");
        return new GoldBead(list(sides[0]), list(sides[1]));
    }

    boolean bothEmpty() {
        return source.isEmpty() && target.isEmpty();
    }

    boolean unpaired() {
        return source.isEmpty() || target.isEmpty();
    }

    private static List<Integer> list(String side) {
        String inner = side.strip();
        inner = inner.substring(1, inner.length() - 1).strip();
        List<Integer> ids = new ArrayList<>();
        if (!inner.isEmpty()) {
            for (String id : inner.split(",")) {
                ids.add(Integer.parseInt(id.strip()));
            }
        }
        return ids;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> ids = new ArrayList<>();
        for (int k = from; k < to; k++) {
            ids.add(k);
        }
        return ids;
    }
}
