package io.rivulet.sql.execution;

import io.rivulet.sql.expr.EvalContext;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.WindowFrame;
import io.rivulet.sql.expr.WindowFunction;
import io.rivulet.sql.expr.WindowPartition;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;

/**
 * A window function of a row's place in its partition ({@code row_number}, {@code rank}, {@code lag}, {@code
 * nth_value}, ...) over a block: each window partition is handed to the function as the {@link WindowPartition} it
 * expects (its own rows from 0, their peer groups and frames), and the results are appended in the block's order.
 */
final class FrameWindowFunction {
    private final WindowFunction function;
    private final WindowFrame frame;

    /** {@code function} bound to the block's rows. */
    FrameWindowFunction(WindowFunction function, WindowFrame frame) {
        this.function = function;
        this.frame = frame;
    }

    ColumnVector evaluate(WindowBlock block, EvalContext eval) {
        ColumnVector[] arguments = new ColumnVector[function.children().size()];
        for (int a = 0; a < arguments.length; a++) {
            Expression argument = function.children().get(a);
            arguments[a] = argument.eval(block.rows(), eval);
        }
        // The block computes frames as the aggregates see them (RANGE offsets included), so both agree.
        int[][] bounds = block.frames(frame);
        int[] starts = block.starts();
        VectorBuilder out = VectorBuilder.forType(function.dataType(), block.numRows());
        for (int p = 0; p < block.numPartitions(); p++) {
            int from = starts[p];
            int rows = starts[p + 1] - from;
            ColumnVector[] sliced = new ColumnVector[arguments.length];
            for (int a = 0; a < arguments.length; a++) {
                sliced[a] = arguments[a].slice(from, from + rows);
            }
            int[] peerStart = new int[rows];
            int[] frameStart = new int[rows];
            int[] frameEnd = new int[rows];
            for (int i = 0; i < rows; i++) {
                peerStart[i] = block.peerStart(from + i) - from;
                frameStart[i] = bounds[0][from + i] - from;
                frameEnd[i] = bounds[1][from + i] - from;
            }
            ColumnVector values =
                    function.evaluate(new WindowPartition(rows, sliced, peerStart, frameStart, frameEnd, eval));
            out.appendRange(values, 0, rows);
        }
        return out.build();
    }
}
