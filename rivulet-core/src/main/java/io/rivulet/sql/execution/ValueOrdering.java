package io.rivulet.sql.execution;

import io.rivulet.sql.vector.ArrayVector;
import io.rivulet.sql.vector.BooleanVector;
import io.rivulet.sql.vector.ByteVector;
import io.rivulet.sql.vector.BytesVector;
import io.rivulet.sql.vector.ColumnVector;
import io.rivulet.sql.vector.DecimalVector;
import io.rivulet.sql.vector.DoubleVector;
import io.rivulet.sql.vector.FloatVector;
import io.rivulet.sql.vector.IntVector;
import io.rivulet.sql.vector.LongVector;
import io.rivulet.sql.vector.NullVector;
import io.rivulet.sql.vector.ShortVector;
import io.rivulet.sql.vector.StructVector;

/**
 * SQL's ascending order of values, as Spark orders them: numbers by value, with {@code -0.0} equal to {@code 0.0}
 * and NaN above every other double; strings and binaries by unsigned bytes (code points); arrays element by
 * element then by length; structs field by field; a null inside an array or struct before any value. Maps are not
 * orderable (the analyzer rejects them). Row-at-a-time, for merges and bounds; the sorts use
 * {@link ColumnOrdering}'s specialized comparators.
 */
final class ValueOrdering {
    private ValueOrdering() {}

    /** Compares two values, both non-null, of vectors of the same type. */
    static int compare(ColumnVector a, int i, ColumnVector b, int j) {
        if (a instanceof LongVector x) {
            return Long.compare(x.getLong(i), ((LongVector) b).getLong(j));
        } else if (a instanceof IntVector x) {
            return Integer.compare(x.getInt(i), ((IntVector) b).getInt(j));
        } else if (a instanceof BytesVector x) {
            return x.compare(i, (BytesVector) b, j);
        } else if (a instanceof DoubleVector x) {
            return compareDoubles(x.getDouble(i), ((DoubleVector) b).getDouble(j));
        } else if (a instanceof FloatVector x) {
            return compareDoubles(x.values()[i], ((FloatVector) b).values()[j]);
        } else if (a instanceof ShortVector x) {
            return Short.compare(x.values()[i], ((ShortVector) b).values()[j]);
        } else if (a instanceof ByteVector x) {
            return Byte.compare(x.values()[i], ((ByteVector) b).values()[j]);
        } else if (a instanceof BooleanVector x) {
            return Boolean.compare(x.getBoolean(i), ((BooleanVector) b).getBoolean(j));
        } else if (a instanceof DecimalVector x) {
            return x.getDecimal(i).compareTo(((DecimalVector) b).getDecimal(j));
        } else if (a instanceof ArrayVector x) {
            ArrayVector y = (ArrayVector) b;
            return compareSequences(x.elements(), x.offset(i), x.length(i), y.elements(), y.offset(j), y.length(j));
        } else if (a instanceof StructVector x) {
            StructVector y = (StructVector) b;
            for (int f = 0; f < x.numChildren(); f++) {
                int c = compareNullsFirst(x.child(f), i, y.child(f), j);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        } else if (a instanceof NullVector) {
            return 0;
        }
        throw new IllegalStateException("values of type " + a.type().simpleString() + " cannot be ordered");
    }

    /** Spark's {@code SQLOrderingUtil.compareDoubles}: equal when {@code ==} (so zeros), else NaN last. */
    static int compareDoubles(double x, double y) {
        return x == y ? 0 : Double.compare(x, y);
    }

    /** Either value may be null; nulls first. */
    static int compareNullsFirst(ColumnVector a, int i, ColumnVector b, int j) {
        boolean aNull = a.isNull(i);
        boolean bNull = b.isNull(j);
        if (aNull || bNull) {
            return aNull == bNull ? 0 : aNull ? -1 : 1;
        }
        return compare(a, i, b, j);
    }

    private static int compareSequences(
            ColumnVector a, int aFrom, int aLength, ColumnVector b, int bFrom, int bLength) {
        int common = Math.min(aLength, bLength);
        for (int k = 0; k < common; k++) {
            int c = compareNullsFirst(a, aFrom + k, b, bFrom + k);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(aLength, bLength);
    }
}
