package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ColumnVector;
import java.util.List;

/**
 * An aggregate function ({@code count}, {@code sum}, {@code avg}, {@code min}, {@code collect_list}, ...): its
 * children are its arguments, evaluated per input row; its {@link #dataType()} is the result's. Aggregation is
 * vectorized and in two phases, as Spark's: each task updates a {@link GroupedState} of many groups at once from
 * whole batches (partial aggregation, before the exchange), the states travel as vectors of
 * {@link #stateTypes()}, and the tasks after the exchange {@linkplain GroupedState#merge merge} them and compute
 * the {@linkplain GroupedState#results results}. Null rules are Spark's: {@code count(x)} skips nulls, the
 * {@code sum} of no rows or of nulls only is null, {@code avg} of integers is a double.
 *
 * <p>Never evaluated row by row ({@link Expression#eval} throws): the aggregation operator calls the state.
 */
public interface AggregateFunction extends Expression {
    /** The columns of the partial state of one group, as Spark's aggregation buffer: {@code sum} and {@code count} for {@code avg}. */
    List<DataType> stateTypes();

    /** An empty state for groups numbered from 0; one per task and operator. */
    GroupedState newState();

    /** Whether the function reads each distinct argument value once ({@code count(DISTINCT x)}). */
    default boolean distinct() {
        return false;
    }

    @Override
    default boolean foldable() {
        return false;
    }

    /**
     * The running state of many groups, numbered densely from 0 by the aggregation operator. Not thread-safe;
     * arrays grow as groups are added.
     */
    interface GroupedState {
        /** Makes room for groups {@code [0, groups)}; new groups start empty (a count of 0, a sum of null). */
        void ensureGroups(int groups);

        /**
         * Adds rows {@code [0, rows)} of the batch: row {@code i} belongs to group {@code groupIds[i]}, and its
         * arguments are {@code arguments[k].get(i)} (the children evaluated over the batch).
         */
        void update(int[] groupIds, int rows, ColumnVector[] arguments);

        /** Merges partial states: row {@code i} of {@code partial} (vectors of {@link #stateTypes()}) into group {@code groupIds[i]}. */
        void merge(int[] groupIds, int rows, ColumnVector[] partial);

        /** The partial states of groups {@code [0, groups)}, one vector per state column. */
        ColumnVector[] partials(int groups);

        /** The final values of groups {@code [0, groups)}. */
        ColumnVector results(int groups);

        /** The heap the state holds, for the memory manager. */
        long estimatedBytes();
    }
}
