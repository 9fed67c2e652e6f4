package io.rivulet.sql.execution.aggregate;

import io.rivulet.sql.expr.AggregateFunction;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link HashAggregateExec} bound to its input's columns: what each task of it runs. Immutable; shared by the
 * tasks (each makes its own tables and states).
 *
 * @param keys the grouping expressions over the input
 * @param functions the aggregate functions, whose states the tasks make
 * @param arguments for each function that updates, its arguments over the input; null for one that merges
 * @param stateOrdinals for each function that merges, the input columns of its partial state; null otherwise
 * @param givesResults whether the output is the results (else the keys and partial states)
 * @param results over the keys then the functions' results, the output columns (when {@code givesResults})
 * @param mayEmitEarly whether the output may hold a key more than once (a partial step before an exchange): then
 *     running out of memory emits the groups so far and starts over, instead of spilling
 */
record AggregationSpec(
        List<Expression> keys,
        List<DataType> keyTypes,
        List<AggregateFunction> functions,
        List<List<Expression>> arguments,
        List<int[]> stateOrdinals,
        boolean givesResults,
        List<Expression> results,
        boolean mayEmitEarly) {

    int functionCount() {
        return functions.size();
    }

    boolean updates(int function) {
        return arguments.get(function) != null;
    }

    /** The schema of a spilled run: the sort key, the keys, then every function's partial state. */
    StructType runSchema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField("sortKey", DataTypes.LongType, false));
        for (int k = 0; k < keyTypes.size(); k++) {
            fields.add(DataTypes.createStructField("key" + k, keyTypes.get(k), true));
        }
        for (int f = 0; f < functions.size(); f++) {
            List<DataType> types = functions.get(f).stateTypes();
            for (int s = 0; s < types.size(); s++) {
                fields.add(DataTypes.createStructField("state" + f + "_" + s, types.get(s), true));
            }
        }
        return DataTypes.createStructType(fields);
    }
}
