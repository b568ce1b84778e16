package org.interlinea.alignment.bench;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.steps.gcaligner.AlignmentFunction;
import net.sf.okapi.steps.gcaligner.AlignmentScorer;
import net.sf.okapi.steps.gcaligner.DpMatrix;
import net.sf.okapi.steps.gcaligner.DpMatrixCell;
import net.sf.okapi.steps.gcaligner.GaleAndChurch;
import net.sf.okapi.steps.gcaligner.Penalties;

/**
 * The baseline: Okapi 1.47's Gale-Church dynamic programme ({@code net.sf.okapi.steps.gcaligner}), the
 * same scorer, penalties and matrix its SentenceAligner step uses, called directly on sentence strings.
 * The step itself refuses more than {@link #OKAPI_MAX_CELLS} cells; {@link #fitsOkapiStep} tells where.
 */
public final class OkapiGaleChurch {

    /** SentenceAligner.MAX_CELL_SIZE in Okapi 1.47: "Too many segments. Can only align 80000." */
    public static final long OKAPI_MAX_CELLS = 80_000;

    private OkapiGaleChurch() {
    }

    public static boolean fitsOkapiStep(int sourceSize, int targetSize) {
        return (long) sourceSize * targetSize <= OKAPI_MAX_CELLS;
    }

    public static List<GoldBead> align(List<String> source, List<String> target, String from, String to) {
        List<AlignmentScorer<String>> scorers = new ArrayList<>();
        scorers.add(new GaleAndChurch<>());
        AlignmentFunction<String> function = new AlignmentFunction<>(LocaleId.fromBCP47(from),
                LocaleId.fromBCP47(to), scorers, new Penalties());
        DpMatrix<String> matrix = new DpMatrix<>(source, target, function);
        List<GoldBead> beads = new ArrayList<>();
        // Okapi's cells are 1-based (row/column 0 is the matrix border); multi-match ends are exclusive.
        for (DpMatrixCell cell : matrix.align()) {
            int x = cell.getXindex() - 1;
            int y = cell.getYindex() - 1;
            switch (cell.getState()) {
                case DpMatrixCell.DELETED -> beads.add(GoldBead.ofRanges(x, x + 1, 0, 0));
                case DpMatrixCell.INSERTED -> beads.add(GoldBead.ofRanges(0, 0, y, y + 1));
                case DpMatrixCell.MATCH -> beads.add(GoldBead.ofRanges(x, x + 1, y, y + 1));
                case DpMatrixCell.MULTI_MATCH -> beads.add(GoldBead.ofRanges(cell.getMultiMatchXIndexBegin() - 1,
                        cell.getMultiMatchXIndexEnd() - 1, cell.getMultiMatchYIndexBegin() - 1,
                        cell.getMultiMatchYIndexEnd() - 1));
                default -> { }
            }
        }
        return beads;
    }
}
