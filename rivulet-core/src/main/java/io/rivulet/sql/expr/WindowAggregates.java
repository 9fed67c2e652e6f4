package io.rivulet.sql.expr;

import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.VectorBuilder;

/**
 * Aggregates over window frames ({@code sum(x) OVER (ORDER BY t)}, {@code first_value(x) OVER w}): the value of
 * {@code function} over each row's frame, for the window operator. A running frame (every row's frame starts at the
 * same row and none ends before the previous one: {@code UNBOUNDED PRECEDING AND CURRENT ROW}, the whole partition)
 * is computed incrementally, one state fed row after row; any other frame is computed per row, each row's frame a
 * group of one state fed once ({@code O(rows * frame)}).
 */
public final class WindowAggregates {
    private WindowAggregates() {}

    /** One value per row of {@code partition}; {@code partition.arguments()} are the aggregate's children. */
    public static ColumnVector evaluate(AggregateFunction function, WindowPartition partition) {
        int n = partition.rows();
        int[] start = partition.frameStart();
        int[] end = partition.frameEnd();
        boolean running = true;
        for (int i = 1; i < n && running; i++) {
            running = start[i] == start[0] && end[i] >= end[i - 1];
        }
        ColumnVector[] arguments = partition.arguments();
        if (running && n > 0) {
            AggregateFunction.GroupedState state = function.newState();
            state.ensureGroups(1);
            VectorBuilder out = VectorBuilder.forType(function.dataType(), n);
            int fed = Math.max(start[0], 0);
            ColumnVector last = null;
            for (int i = 0; i < n; i++) {
                int to = Math.max(end[i], fed);
                if (to > fed || last == null) {
                    feed(state, arguments, fed, to);
                    fed = to;
                    last = state.results(1);
                }
                out.appendFrom(last, 0);
            }
            return out.build();
        }
        int total = 0;
        for (int i = 0; i < n; i++) {
            total += Math.max(0, end[i] - start[i]);
        }
        int[] positions = new int[total];
        int[] groups = new int[total];
        int j = 0;
        for (int i = 0; i < n; i++) {
            for (int row = start[i]; row < end[i]; row++) {
                positions[j] = row;
                groups[j++] = i;
            }
        }
        ColumnVector[] gathered = new ColumnVector[arguments.length];
        for (int k = 0; k < arguments.length; k++) {
            gathered[k] = arguments[k].gather(positions, total);
        }
        AggregateFunction.GroupedState state = function.newState();
        state.ensureGroups(n);
        state.update(groups, total, gathered);
        return state.results(n);
    }

    private static void feed(AggregateFunction.GroupedState state, ColumnVector[] arguments, int from, int to) {
        if (to <= from) {
            return;
        }
        ColumnVector[] slice = new ColumnVector[arguments.length];
        for (int k = 0; k < arguments.length; k++) {
            slice[k] = arguments[k].slice(from, to);
        }
        state.update(new int[to - from], to - from, slice);
    }
}
