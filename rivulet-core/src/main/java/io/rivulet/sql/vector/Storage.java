package io.rivulet.sql.vector;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.BinaryType;
import io.rivulet.sql.types.BooleanType;
import io.rivulet.sql.types.ByteType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DateType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.FloatType;
import io.rivulet.sql.types.IntegerType;
import io.rivulet.sql.types.LongType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.NullType;
import io.rivulet.sql.types.ShortType;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.types.TimestampNTZType;
import io.rivulet.sql.types.TimestampType;

/** How values of a type are stored in a column: one constant per vector class (see the package's table). */
public enum Storage {
    BOOLEAN,
    BYTE,
    SHORT,
    INT,
    LONG,
    FLOAT,
    DOUBLE,
    /** Decimals of more than {@value DecimalType#MAX_LONG_DIGITS} digits. */
    DECIMAL,
    BYTES,
    ARRAY,
    MAP,
    STRUCT,
    NULL;

    public static Storage of(DataType type) {
        if (type instanceof BooleanType) {
            return BOOLEAN;
        } else if (type instanceof ByteType) {
            return BYTE;
        } else if (type instanceof ShortType) {
            return SHORT;
        } else if (type instanceof IntegerType || type instanceof DateType) {
            return INT;
        } else if (type instanceof LongType || type instanceof TimestampType || type instanceof TimestampNTZType) {
            return LONG;
        } else if (type instanceof DecimalType decimal) {
            return decimal.precision() <= DecimalType.MAX_LONG_DIGITS ? LONG : DECIMAL;
        } else if (type instanceof FloatType) {
            return FLOAT;
        } else if (type instanceof DoubleType) {
            return DOUBLE;
        } else if (type instanceof StringType || type instanceof BinaryType) {
            return BYTES;
        } else if (type instanceof ArrayType) {
            return ARRAY;
        } else if (type instanceof MapType) {
            return MAP;
        } else if (type instanceof StructType) {
            return STRUCT;
        } else if (type instanceof NullType) {
            return NULL;
        }
        throw new IllegalArgumentException("No storage for type " + type);
    }

    /** Whether values are one primitive array element each (no offsets, no children, no objects). */
    public boolean isFixedWidthPrimitive() {
        return this.compareTo(DOUBLE) <= 0;
    }
}
