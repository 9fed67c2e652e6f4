package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.vector.ArrayVector;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.MapVector;
import io.rivulet.sql.vector.StructVector;
import io.rivulet.sql.vector.VectorBuilder;

/** The kernels of the extraction nodes: {@link GetStructField}, {@link GetArrayItem}, {@link GetMapValue}. */
final class Nested {
    private Nested() {}

    /** Field {@code ordinal} of every struct: the child vector itself (a null struct's fields are null). */
    static ColumnVector field(ColumnVector struct, int ordinal) {
        if (!(struct instanceof StructVector s)) {
            return Vectors.allNull(
                    ((io.rivulet.sql.types.StructType) struct.type())
                            .field(ordinal)
                            .dataType(),
                    struct.size());
        }
        ColumnVector child = s.child(ordinal);
        if (!s.hasNulls()) {
            return child;
        }
        // the vector invariant keeps a null struct's children null; make sure of it for vectors built elsewhere
        boolean consistent = true;
        for (int i = 0; i < s.size() && consistent; i++) {
            consistent = !s.isNull(i) || child.isNull(i);
        }
        if (consistent) {
            return child;
        }
        VectorBuilder out = VectorBuilder.forType(child.type(), s.size());
        for (int i = 0; i < s.size(); i++) {
            if (s.isNull(i)) {
                out.appendNull();
            } else {
                out.appendFrom(child, i);
            }
        }
        return out.build();
    }

    /** The element at 0-based {@code index} of every array; out of bounds: null, or an error when {@code ansi}. */
    static ColumnVector arrayItem(
            ColumnVector arrays, ColumnVector index, DataType type, boolean ansi, Expression node) {
        int n = arrays.size();
        VectorBuilder out = VectorBuilder.forType(type, n);
        if (!(arrays instanceof ArrayVector array)) {
            return Vectors.allNull(type, n);
        }
        long[] k = Vectors.longs(index);
        for (int i = 0; i < n; i++) {
            if (array.isNull(i) || index.isNull(i)) {
                out.appendNull();
            } else if (k[i] < 0 || k[i] >= array.length(i)) {
                if (ansi) {
                    throw Errors.invalidArrayIndex((int) k[i], array.length(i), node);
                }
                out.appendNull();
            } else {
                out.appendFrom(array.elements(), array.offset(i) + (int) k[i]);
            }
        }
        return out.build();
    }

    /** The value of {@code key} in every map (SQL equality; the first match), null when missing. */
    static ColumnVector mapLookup(ColumnVector maps, ColumnVector keys, DataType type) {
        int n = maps.size();
        if (!(maps instanceof MapVector map)) {
            return Vectors.allNull(type, n);
        }
        VectorBuilder out = VectorBuilder.forType(type, n);
        DataType keyType = map.mapType().keyType();
        ColumnVector mapKeys = map.keys();
        for (int i = 0; i < n; i++) {
            int found = -1;
            if (!map.isNull(i) && !keys.isNull(i)) {
                Object wanted = keys.getInternal(i);
                for (int j = map.offset(i); j < map.offset(i + 1) && found < 0; j++) {
                    if (InternalValues.equal(keyType, mapKeys.getInternal(j), wanted)) {
                        found = j;
                    }
                }
            }
            if (found < 0) {
                out.appendNull();
            } else {
                out.appendFrom(map.values(), found);
            }
        }
        return out.build();
    }
}
