package io.rivulet.sql.vector;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.FractionalType;
import io.rivulet.sql.types.IntegralType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.NumericType;
import io.rivulet.sql.types.StructType;

/** Predicates over data types that the analyzer, evaluator and operators share. */
public final class Types {
    private Types() {}

    /** byte, short, int, long, float, double and decimal. */
    public static boolean isNumeric(DataType type) {
        return type instanceof NumericType;
    }

    /** byte, short, int and long. */
    public static boolean isIntegral(DataType type) {
        return type instanceof IntegralType;
    }

    /** float, double and decimal, as Spark's {@code FractionalType}. */
    public static boolean isFractional(DataType type) {
        return type instanceof FractionalType;
    }

    public static boolean isDecimal(DataType type) {
        return type instanceof DecimalType;
    }

    /** Arrays, maps and structs. */
    public static boolean isNested(DataType type) {
        return type instanceof ArrayType || type instanceof MapType || type instanceof StructType;
    }

    /** Whether values can be sorted and compared with {@code <}: everything but maps, at any depth (as Spark). */
    public static boolean isOrderable(DataType type) {
        if (type instanceof MapType) {
            return false;
        } else if (type instanceof ArrayType array) {
            return isOrderable(array.elementType());
        } else if (type instanceof StructType struct) {
            return struct.fieldList().stream().allMatch(f -> isOrderable(f.dataType()));
        }
        return true;
    }

    /** Whether two types are equal but for their nullability flags, at any depth. */
    public static boolean sameIgnoringNullability(DataType a, DataType b) {
        // Nested vectors check their children with this on every gather: the same instance is the usual case.
        return a == b || a.equals(b) || a.asNullable().equals(b.asNullable());
    }
}
