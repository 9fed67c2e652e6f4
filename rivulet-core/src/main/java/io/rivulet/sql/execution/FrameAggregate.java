package io.rivulet.sql.execution;

import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.WindowFrame;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;

/**
 * An aggregate function over a window frame ({@code sum(x) OVER (PARTITION BY k ORDER BY t ROWS 2 PRECEDING)}),
 * computed with the function's vectorized {@link AggregateFunction.GroupedState}, as Spark's window frames do:
 *
 * <ul>
 *   <li>the whole partition (both ends unbounded): one group per partition, every row gets its result;
 *   <li>a growing frame (unbounded preceding, as the default {@code RANGE ... CURRENT ROW}): rows added to one state
 *       as the frame's end moves, its result taken once per distinct end (once per peer group);
 *   <li>any other frame: each row's frame aggregated anew, one group per output row, a chunk of rows at a time, as
 *       Spark's sliding and unbounded-following frames do (work proportional to the frames' total size).
 * </ul>
 */
final class FrameAggregate {
    /** The most frame rows one chunk of the recomputing path gathers at once. */
    private static final int CHUNK_ENTRIES = 1 << 20;

    private final AggregateFunction function;
    private final WindowFrame frame;

    /** {@code function} bound to the block's rows. */
    FrameAggregate(AggregateFunction function, WindowFrame frame) {
        this.function = function;
        this.frame = frame;
    }

    ColumnVector evaluate(WindowBlock block, EvalContext eval) {
        ColumnVector[] arguments = new ColumnVector[function.children().size()];
        for (int a = 0; a < arguments.length; a++) {
            Expression argument = function.children().get(a);
            arguments[a] = argument.eval(block.rows(), eval);
        }
        if (frame.lower() == WindowFrame.UNBOUNDED_PRECEDING && frame.upper() == WindowFrame.UNBOUNDED_FOLLOWING) {
            return wholePartitions(block, arguments);
        }
        int[][] bounds = block.frames(frame);
        if (frame.lower() == WindowFrame.UNBOUNDED_PRECEDING) {
            return growing(block, arguments, bounds[1]);
        }
        return recomputed(block, arguments, bounds[0], bounds[1]);
    }

    private ColumnVector wholePartitions(WindowBlock block, ColumnVector[] arguments) {
        int n = block.numRows();
        int[] starts = block.starts();
        int[] groupIds = new int[n];
        for (int p = 0; p < block.numPartitions(); p++) {
            java.util.Arrays.fill(groupIds, starts[p], starts[p + 1], p);
        }
        AggregateFunction.GroupedState state = function.newState();
        state.ensureGroups(block.numPartitions());
        state.update(groupIds, n, arguments);
        ColumnVector results = state.results(block.numPartitions());
        return results.gather(groupIds, n);
    }

    private ColumnVector growing(WindowBlock block, ColumnVector[] arguments, int[] upper) {
        int n = block.numRows();
        int[] starts = block.starts();
        int[] positions = new int[n];
        int[] zeros = new int[n];
        VectorBuilder out = VectorBuilder.forType(function.dataType(), n);
        for (int p = 0; p < block.numPartitions(); p++) {
            AggregateFunction.GroupedState state = function.newState();
            state.ensureGroups(1);
            int added = starts[p];
            ColumnVector result = null;
            for (int i = starts[p]; i < starts[p + 1]; i++) {
                if (upper[i] > added) {
                    int count = upper[i] - added;
                    for (int j = 0; j < count; j++) {
                        positions[j] = added + j;
                    }
                    state.update(zeros, count, gather(arguments, positions, count));
                    added = upper[i];
                    result = null;
                }
                if (result == null) {
                    result = state.results(1);
                }
                out.appendFrom(result, 0);
            }
        }
        return out.build();
    }

    private ColumnVector recomputed(WindowBlock block, ColumnVector[] arguments, int[] lower, int[] upper) {
        int n = block.numRows();
        VectorBuilder out = VectorBuilder.forType(function.dataType(), n);
        int from = 0;
        while (from < n) {
            long entries = 0;
            int to = from;
            while (to < n && (to == from || entries + (upper[to] - lower[to]) <= CHUNK_ENTRIES)) {
                entries += Math.max(0, upper[to] - lower[to]);
                to++;
            }
            int[] groupIds = new int[(int) entries];
            int[] positions = new int[(int) entries];
            int k = 0;
            for (int i = from; i < to; i++) {
                for (int j = lower[i]; j < upper[i]; j++) {
                    groupIds[k] = i - from;
                    positions[k++] = j;
                }
            }
            AggregateFunction.GroupedState state = function.newState();
            state.ensureGroups(to - from);
            state.update(groupIds, k, gather(arguments, positions, k));
            out.appendRange(state.results(to - from), 0, to - from);
            from = to;
        }
        return out.build();
    }

    private static ColumnVector[] gather(ColumnVector[] arguments, int[] positions, int count) {
        ColumnVector[] gathered = new ColumnVector[arguments.length];
        for (int a = 0; a < arguments.length; a++) {
            gathered[a] = arguments[a].gather(positions, count);
        }
        return gathered;
    }
}
