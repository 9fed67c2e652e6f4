package io.rivulet.sql.expr;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.vector.ColumnBatch;
import io.rivulet.sql.vector.ColumnVector;
import java.util.Arrays;
import java.util.Optional;

/** {@link Murmur3Hash} and {@link XxHash64}: the hashes of all columns chained, from the seed (42 by default). */
interface HashExpression extends Expression {
    long seed();

    boolean xx();

    String name();

    @Override
    default boolean nullable() {
        return false;
    }

    @Override
    default Optional<String> checkInputTypes() {
        if (children().isEmpty()) {
            return Optional.of("[WRONG_NUM_ARGS.WITHOUT_SUGGESTION] The `" + name() + "` requires > 0 parameters but"
                    + " the actual number is 0.");
        }
        for (Expression child : children()) {
            if (containsMap(child.dataType())) {
                return TypeChecks.mismatch(
                        this,
                        "HASH_MAP_TYPE",
                        "Input to the function `" + name() + "` cannot"
                                + " contain elements of the \"MAP\" type. In Spark, same maps may have different hashcode,"
                                + " thus hash expressions are prohibited on \"MAP\" elements.");
            }
        }
        return Optional.empty();
    }

    private static boolean containsMap(DataType type) {
        if (type instanceof MapType) {
            return true;
        } else if (type instanceof io.rivulet.sql.types.ArrayType array) {
            return containsMap(array.elementType());
        } else if (type instanceof io.rivulet.sql.types.StructType struct) {
            return struct.fieldList().stream().anyMatch(f -> containsMap(f.dataType()));
        }
        return false;
    }

    @Override
    default ColumnVector eval(ColumnBatch batch, EvalContext context) {
        int n = batch.numRows();
        long[] hashes = new long[n];
        Arrays.fill(hashes, xx() ? seed() : (int) seed());
        for (Expression child : children()) {
            HashKernels.update(child.eval(batch, context), hashes, xx());
        }
        return Vectors.ofLongs(dataType(), n, hashes, null);
    }

    @Override
    default String sql() {
        return SqlText.call(name(), children());
    }

    /** The default seed of both, as Spark's. */
    long DEFAULT_SEED = 42L;
}
