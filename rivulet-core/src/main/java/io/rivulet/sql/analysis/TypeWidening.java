package io.rivulet.sql.analysis;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.BinaryType;
import io.rivulet.sql.types.BooleanType;
import io.rivulet.sql.types.ByteType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DateType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.FloatType;
import io.rivulet.sql.types.FractionalType;
import io.rivulet.sql.types.IntegerType;
import io.rivulet.sql.types.IntegralType;
import io.rivulet.sql.types.LongType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.NullType;
import io.rivulet.sql.types.NumericType;
import io.rivulet.sql.types.ShortType;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.types.TimestampNTZType;
import io.rivulet.sql.types.TimestampType;
import java.util.List;
import java.util.Optional;

/**
 * The common types values of two types meet at, as Spark 4's {@code AnsiTypeCoercion} (ANSI mode, the default):
 *
 * <ul>
 *   <li>{@link #tightestCommonType}: without loss; numbers by precedence byte, short, int, long, float, double (an
 *       integer and a float meet at double), an integer and a decimal at the decimal when it holds every value of
 *       the integer, date and timestamp at timestamp, nested types field by field;
 *   <li>{@link #widerType}: also two decimals at the narrowest decimal holding both ({@code decimal(10,0)} and
 *       {@code decimal(2,1)} at {@code decimal(11,1)}), a decimal and a float or double at double, and a string with
 *       an integer at bigint, with a fractional number at double, with any other atomic type at that type (the
 *       non-standard string promotion Spark keeps in ANSI mode);
 *   <li>{@link #widerCommonType}: the wider type of many ({@code coalesce}, {@code IN}, union columns).
 * </ul>
 *
 * Empty when the types cannot meet (a boolean and an int, an int and a struct). Pure functions of types; used by the
 * analyzer's type coercion and available to other layers that merge types.
 */
public final class TypeWidening {
    private TypeWidening() {}

    private static final List<DataType> NUMERIC_PRECEDENCE = List.of(
            DataTypes.ByteType,
            DataTypes.ShortType,
            DataTypes.IntegerType,
            DataTypes.LongType,
            DataTypes.FloatType,
            DataTypes.DoubleType);

    public static Optional<DataType> tightestCommonType(DataType t1, DataType t2) {
        if (t1.equals(t2)) {
            return Optional.of(t1);
        } else if (t1 instanceof NullType) {
            return Optional.of(t2);
        } else if (t2 instanceof NullType) {
            return Optional.of(t1);
        } else if (t1 instanceof IntegralType && t2 instanceof DecimalType d && isWiderThan(d, t1)) {
            return Optional.of(d);
        } else if (t1 instanceof DecimalType d && t2 instanceof IntegralType && isWiderThan(d, t2)) {
            return Optional.of(d);
        } else if (isPlainNumber(t1) && isPlainNumber(t2)) {
            DataType wider =
                    NUMERIC_PRECEDENCE.get(Math.max(NUMERIC_PRECEDENCE.indexOf(t1), NUMERIC_PRECEDENCE.indexOf(t2)));
            // An integer and a float meet at double: a float cannot hold every int or long.
            return Optional.of(wider instanceof FloatType ? DataTypes.DoubleType : wider);
        } else if (isDatetime(t1) && isDatetime(t2)) {
            return Optional.of(widerDatetime(t1, t2));
        }
        return complexType(t1, t2, TypeWidening::tightestCommonType);
    }

    public static Optional<DataType> widerType(DataType t1, DataType t2) {
        Optional<DataType> tightest = tightestCommonType(t1, t2);
        if (tightest.isPresent()) {
            return tightest;
        }
        Optional<DataType> decimal = widerDecimal(t1, t2);
        if (decimal.isPresent()) {
            return decimal;
        }
        Optional<DataType> string = widerForString(t1, t2);
        if (string.isPresent()) {
            return string;
        }
        return complexType(t1, t2, TypeWidening::widerType);
    }

    /** The wider type of all of {@code types} (NULL for none), empty when two of them cannot meet. */
    public static Optional<DataType> widerCommonType(List<DataType> types) {
        DataType common = DataTypes.NullType;
        for (DataType type : types) {
            Optional<DataType> wider = widerType(common, type);
            if (wider.isEmpty()) {
                return Optional.empty();
            }
            common = wider.get();
        }
        return Optional.of(common);
    }

    /** The decimal that holds every value of a number type, as Spark's {@code DecimalType.forType}. */
    public static DecimalType decimalFor(DataType type) {
        if (type instanceof DecimalType decimal) {
            return decimal;
        } else if (type instanceof ByteType) {
            return new DecimalType(3, 0);
        } else if (type instanceof ShortType) {
            return new DecimalType(5, 0);
        } else if (type instanceof IntegerType) {
            return new DecimalType(10, 0);
        } else if (type instanceof LongType) {
            return new DecimalType(20, 0);
        } else if (type instanceof FloatType) {
            return new DecimalType(14, 7);
        } else if (type instanceof DoubleType) {
            return new DecimalType(30, 15);
        }
        throw new IllegalArgumentException("not a number type: " + type);
    }

    /** A decimal of at most 38 digits, as Spark's {@code DecimalType.bounded}. */
    public static DecimalType boundedDecimal(int precision, int scale) {
        return new DecimalType(Math.min(precision, DecimalType.MAX_PRECISION), Math.min(scale, DecimalType.MAX_SCALE));
    }

    /** The narrowest decimal holding both: the larger integral digits and the larger scale, as Spark's {@code widerDecimalType}. */
    public static DecimalType widerDecimal(DecimalType d1, DecimalType d2) {
        int scale = Math.max(d1.scale(), d2.scale());
        int range = Math.max(d1.precision() - d1.scale(), d2.precision() - d2.scale());
        return boundedDecimal(range + scale, scale);
    }

    /** Whether every value of {@code other} (an integer or a decimal) fits the decimal. */
    static boolean isWiderThan(DecimalType decimal, DataType other) {
        DecimalType d = decimalFor(other);
        return decimal.precision() - decimal.scale() >= d.precision() - d.scale() && decimal.scale() >= d.scale();
    }

    private static Optional<DataType> widerDecimal(DataType t1, DataType t2) {
        if (t1 instanceof DecimalType d1 && t2 instanceof DecimalType d2) {
            return Optional.of(widerDecimal(d1, d2));
        } else if (t1 instanceof IntegralType && t2 instanceof DecimalType d2) {
            return Optional.of(widerDecimal(decimalFor(t1), d2));
        } else if (t1 instanceof DecimalType d1 && t2 instanceof IntegralType) {
            return Optional.of(widerDecimal(d1, decimalFor(t2)));
        } else if ((t1 instanceof FractionalType && t2 instanceof DecimalType)
                || (t1 instanceof DecimalType && t2 instanceof FractionalType)) {
            return Optional.of(DataTypes.DoubleType);
        }
        return Optional.empty();
    }

    /** Spark's ANSI string promotion, as {@code AnsiStringPromotionTypeCoercion.findWiderTypeForString}. */
    static Optional<DataType> widerForString(DataType t1, DataType t2) {
        if (t1 instanceof StringType) {
            if (t2 instanceof IntegralType) {
                return Optional.of(DataTypes.LongType);
            } else if (t2 instanceof FractionalType) {
                return Optional.of(DataTypes.DoubleType);
            } else if (t2 instanceof NullType || isAtomic(t2)) {
                return Optional.of(t2 instanceof NullType ? t1 : t2);
            }
            return Optional.empty();
        } else if (t2 instanceof StringType) {
            return widerForString(t2, t1);
        }
        return Optional.empty();
    }

    /** Arrays, maps and structs (same field names, case-insensitively, in order) meet part by part. */
    @FunctionalInterface
    private interface Widen {
        Optional<DataType> apply(DataType a, DataType b);
    }

    private static Optional<DataType> complexType(DataType t1, DataType t2, Widen widen) {
        if (t1 instanceof ArrayType a1 && t2 instanceof ArrayType a2) {
            return widen.apply(a1.elementType(), a2.elementType())
                    .map(e -> new ArrayType(e, a1.containsNull() || a2.containsNull()));
        } else if (t1 instanceof MapType m1 && t2 instanceof MapType m2) {
            Optional<DataType> key = widen.apply(m1.keyType(), m2.keyType());
            Optional<DataType> value = widen.apply(m1.valueType(), m2.valueType());
            if (key.isEmpty() || value.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new MapType(key.get(), value.get(), m1.valueContainsNull() || m2.valueContainsNull()));
        } else if (t1 instanceof StructType s1 && t2 instanceof StructType s2) {
            return structType(s1, s2, widen);
        }
        return Optional.empty();
    }

    private static Optional<DataType> structType(StructType s1, StructType s2, Widen widen) {
        StructField[] f1 = s1.fields();
        StructField[] f2 = s2.fields();
        if (f1.length != f2.length) {
            return Optional.empty();
        }
        StructField[] fields = new StructField[f1.length];
        for (int i = 0; i < f1.length; i++) {
            if (!ColumnResolution.sameName(f1[i].name(), f2[i].name())) {
                return Optional.empty();
            }
            Optional<DataType> type = widen.apply(f1[i].dataType(), f2[i].dataType());
            if (type.isEmpty()) {
                return Optional.empty();
            }
            fields[i] = new StructField(f1[i].name(), type.get(), f1[i].nullable() || f2[i].nullable());
        }
        return Optional.of(new StructType(fields));
    }

    private static boolean isPlainNumber(DataType type) {
        return type instanceof NumericType && !(type instanceof DecimalType);
    }

    static boolean isDatetime(DataType type) {
        return type instanceof DateType || type instanceof TimestampType || type instanceof TimestampNTZType;
    }

    private static DataType widerDatetime(DataType t1, DataType t2) {
        if (t1 instanceof TimestampType || t2 instanceof TimestampType) {
            return DataTypes.TimestampType;
        } else if (t1 instanceof TimestampNTZType || t2 instanceof TimestampNTZType) {
            return DataTypes.TimestampNTZType;
        }
        return DataTypes.DateType;
    }

    /** Numbers, strings, booleans, binary, dates and timestamps: Spark's {@code AtomicType}s here. */
    static boolean isAtomic(DataType type) {
        return type instanceof NumericType
                || type instanceof StringType
                || type instanceof BooleanType
                || type instanceof BinaryType
                || isDatetime(type);
    }
}
