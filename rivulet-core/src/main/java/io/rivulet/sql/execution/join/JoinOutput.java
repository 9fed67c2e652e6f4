package io.rivulet.sql.execution.join;

import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The output of one task of a join: candidate pairs of rows (a streamed row and a held one whose keys are
 * equal, or every pair for a nested loop) filtered by the post-filter, the matches marked, and batches made by
 * gathering each side's columns at the pairs' positions (left columns then right ones), never a row at a time.
 * Rows of one side alone (semi and anti joins, the unmatched rows of outer joins, null-extended) are gathered
 * the same way. Finished batches wait in {@link #ready} for the task's iterator.
 */
final class JoinOutput {
    private final JoinSides sides;
    private final List<DataType> streamTypes;
    private final List<DataType> buildTypes;
    private final List<Expression> residual;
    private final EvalContext eval;
    final ArrayDeque<ColumnBatch> ready = new ArrayDeque<>();

    /**
     * @param residual the post-filter's conjuncts, bound to the joined columns (left then right); empty for none
     */
    JoinOutput(
            JoinSides sides,
            List<DataType> streamTypes,
            List<DataType> buildTypes,
            List<Expression> residual,
            EvalContext eval) {
        this.sides = sides;
        this.streamTypes = List.copyOf(streamTypes);
        this.buildTypes = List.copyOf(buildTypes);
        this.residual = List.copyOf(residual);
        this.eval = eval;
    }

    boolean hasResidual() {
        return !residual.isEmpty();
    }

    /**
     * Candidate pairs {@code (sPos[i], bPos[i])}, {@code i < n}: those with {@code keysEqual[i]} (null: all) that
     * pass the post-filter are matches; marks them in {@code streamMatched[sPos]} and {@code buildMatched[buildBase
     * + bPos]} (either may be null) and outputs them when the join outputs pairs.
     */
    void pairs(
            ColumnBatch stream,
            int[] sPos,
            ColumnBatch build,
            int[] bPos,
            int n,
            boolean[] keysEqual,
            boolean[] streamMatched,
            boolean[] buildMatched,
            int buildBase) {
        if (n == 0) {
            return;
        }
        ColumnBatch joined = null;
        boolean[] pass = keysEqual;
        if (!residual.isEmpty()) {
            joined = joined(stream, sPos, build, bPos, n);
            boolean[] filtered = Predicates.passing(residual, joined, eval);
            if (pass != null) {
                for (int i = 0; i < n; i++) {
                    filtered[i] &= pass[i];
                }
            }
            pass = filtered;
        }
        int kept = n;
        int[] keptIndexes = null;
        if (pass != null) {
            keptIndexes = new int[n];
            kept = 0;
            for (int i = 0; i < n; i++) {
                if (pass[i]) {
                    keptIndexes[kept++] = i;
                }
            }
        }
        mark(sPos, bPos, n, keptIndexes, kept, streamMatched, buildMatched, buildBase);
        if (!sides.emitsPairs() || kept == 0) {
            return;
        }
        if (joined != null) {
            emit(kept == n ? joined : joined.gather(keptIndexes, kept));
        } else if (keptIndexes == null) {
            emit(joined(stream, sPos, build, bPos, n));
        } else {
            emit(joined(stream, gather(sPos, keptIndexes, kept), build, gather(bPos, keptIndexes, kept), kept));
        }
    }

    private static void mark(
            int[] sPos,
            int[] bPos,
            int n,
            int[] keptIndexes,
            int kept,
            boolean[] streamMatched,
            boolean[] buildMatched,
            int buildBase) {
        for (int k = 0; k < kept; k++) {
            int i = keptIndexes == null ? k : keptIndexes[k];
            if (streamMatched != null) {
                streamMatched[sPos[i]] = true;
            }
            if (buildMatched != null) {
                buildMatched[buildBase + bPos[i]] = true;
            }
        }
    }

    private static int[] gather(int[] values, int[] indexes, int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = values[indexes[i]];
        }
        return out;
    }

    /** The pairs as rows of both sides' columns, left then right. */
    ColumnBatch joined(ColumnBatch stream, int[] sPos, ColumnBatch build, int[] bPos, int n) {
        List<ColumnVector> streamColumns = gathered(stream, sPos, n);
        List<ColumnVector> buildColumns = gathered(build, bPos, n);
        return combine(streamColumns, buildColumns, n);
    }

    private ColumnBatch combine(List<ColumnVector> streamColumns, List<ColumnVector> buildColumns, int n) {
        List<ColumnVector> columns = new ArrayList<>(streamColumns.size() + buildColumns.size());
        if (sides.buildLeft()) {
            columns.addAll(buildColumns);
            columns.addAll(streamColumns);
        } else {
            columns.addAll(streamColumns);
            columns.addAll(buildColumns);
        }
        return new ColumnBatch(n, columns);
    }

    /** The columns of {@code batch} at {@code positions}; the batch's own when that is every row in order. */
    private static List<ColumnVector> gathered(ColumnBatch batch, int[] positions, int n) {
        if (n == batch.numRows() && isIdentity(positions, n)) {
            return batch.columns();
        }
        return batch.gather(positions, n).columns();
    }

    private static boolean isIdentity(int[] positions, int n) {
        for (int i = 0; i < n; i++) {
            if (positions[i] != i) {
                return false;
            }
        }
        return true;
    }

    /**
     * Streamed rows on their own: the rows of a semi or anti join of the streamed side, or unmatched rows of an
     * outer join with nulls for the held side.
     */
    void streamRows(ColumnBatch stream, int[] positions, int n) {
        if (n == 0) {
            return;
        }
        List<ColumnVector> columns = gathered(stream, positions, n);
        emit(sides.emitsPairs() ? combine(columns, nulls(buildTypes, n), n) : new ColumnBatch(n, columns));
    }

    /** Held rows on their own: of a semi or anti join holding the left, or unmatched with nulls for the other. */
    void buildRows(ColumnBatch build, int[] positions, int n) {
        if (n == 0) {
            return;
        }
        List<ColumnVector> columns = gathered(build, positions, n);
        emit(sides.emitsPairs() ? combine(nulls(streamTypes, n), columns, n) : new ColumnBatch(n, columns));
    }

    /** Vectors of {@code n} nulls of each type. */
    static List<ColumnVector> nulls(List<DataType> types, int n) {
        List<ColumnVector> columns = new ArrayList<>(types.size());
        for (DataType type : types) {
            VectorBuilder builder = VectorBuilder.forType(type, n);
            for (int i = 0; i < n; i++) {
                builder.appendNull();
            }
            columns.add(builder.build());
        }
        return columns;
    }

    private void emit(ColumnBatch batch) {
        if (batch.numRows() > 0) {
            ready.add(batch);
        }
    }
}
