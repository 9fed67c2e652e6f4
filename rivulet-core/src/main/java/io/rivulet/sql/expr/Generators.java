package io.rivulet.sql.expr;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.vector.ArrayVector;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.MapVector;
import java.util.ArrayList;
import java.util.List;

/**
 * The kernel of {@link Explode} and {@link PosExplode}: one output row per element (per entry of a map), made by
 * gathering the element vectors; with {@code outer}, a null or empty input row gives one row of nulls. The output
 * columns are {@code [pos,] col} for arrays and {@code [pos,] key, value} for maps.
 */
final class Generators {
    private Generators() {}

    static StructType elementSchema(Expression child, boolean position) {
        StructType schema = new StructType();
        if (position) {
            schema = schema.add("pos", DataTypes.IntegerType, false);
        }
        if (child.dataType() instanceof MapType map) {
            return schema.add("key", map.keyType(), false).add("value", map.valueType(), map.valueContainsNull());
        }
        ArrayType array = (ArrayType) child.dataType();
        return schema.add("col", array.elementType(), array.containsNull());
    }

    static Generator.Generated explode(
            Expression child, boolean position, ColumnBatch input, boolean outer, EvalContext context) {
        ColumnVector in = child.eval(input, context);
        int n = input.numRows();
        int[] offsets =
                in instanceof ArrayVector a ? a.offsets() : in instanceof MapVector m ? m.offsets() : new int[n + 1];
        int total = 0;
        for (int i = 0; i < n; i++) {
            int length = in.isNull(i) ? 0 : offsets[i + 1] - offsets[i];
            total += length == 0 && outer ? 1 : length;
        }
        int[] parents = new int[total];
        int[] sources = new int[total];
        int[] positions = new int[total];
        boolean[] missing = null;
        int j = 0;
        for (int i = 0; i < n; i++) {
            int length = in.isNull(i) ? 0 : offsets[i + 1] - offsets[i];
            if (length == 0 && outer) {
                missing = missing == null ? new boolean[total] : missing;
                missing[j] = true;
                parents[j++] = i;
                continue;
            }
            for (int k = 0; k < length; k++) {
                parents[j] = i;
                sources[j] = offsets[i] + k;
                positions[j++] = k;
            }
        }
        List<ColumnVector> columns = new ArrayList<>();
        if (position) {
            columns.add(
                    new IntVector(DataTypes.IntegerType, total, positions, missing == null ? null : missing.clone()));
        }
        if (in instanceof MapVector map) {
            columns.add(withNulls(map.keys().gather(sources, total), missing));
            columns.add(withNulls(map.values().gather(sources, total), missing));
        } else if (in instanceof ArrayVector array) {
            columns.add(withNulls(array.elements().gather(sources, total), missing));
        } else {
            for (var field : elementSchema(child, false).fieldList()) {
                columns.add(Vectors.allNull(field.dataType(), total));
            }
        }
        return new Generator.Generated(new ColumnBatch(total, columns), parents);
    }

    /** The rows of an outer generator that had nothing become null. */
    private static ColumnVector withNulls(ColumnVector gathered, boolean[] missing) {
        if (missing == null || gathered.size() == 0) {
            return gathered;
        }
        int[] positions = new int[gathered.size()];
        io.rivulet.sql.vector.VectorBuilder out =
                io.rivulet.sql.vector.VectorBuilder.forType(gathered.type(), gathered.size());
        for (int i = 0; i < positions.length; i++) {
            if (missing[i]) {
                out.appendNull();
            } else {
                out.appendFrom(gathered, i);
            }
        }
        return out.build();
    }
}
