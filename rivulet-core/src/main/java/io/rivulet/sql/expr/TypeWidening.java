package io.rivulet.sql.expr;

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
import io.rivulet.sql.types.IntegerType;
import io.rivulet.sql.types.LongType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.NullType;
import io.rivulet.sql.types.ShortType;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.types.TimestampNTZType;
import io.rivulet.sql.types.TimestampType;
import io.rivulet.sql.vector.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Spark's type-widening rules, for the analyzer to insert casts with (this class decides types only; it builds no
 * expressions): the common type of two types ({@link #findTightestCommonType}, {@link #findWiderTypeForTwo}), the
 * decimal of an integral type and decimal precision rules ({@link #forType}, {@link #widerDecimalType}, {@link
 * #adjustPrecisionScale}), the implicit cast of an argument to what a function expects ({@link #implicitCast}) and
 * the operand types of an operator ({@link #operandTypes}). {@code ansi} selects Spark's {@code AnsiTypeCoercion}
 * (the default) or its legacy {@code TypeCoercion}.
 */
public final class TypeWidening {
    /** Spark's {@code numericPrecedence}: the integral and floating types from narrowest to widest. */
    private static final List<DataType> NUMERIC_PRECEDENCE = List.of(
            DataTypes.ByteType,
            DataTypes.ShortType,
            DataTypes.IntegerType,
            DataTypes.LongType,
            DataTypes.FloatType,
            DataTypes.DoubleType);

    private TypeWidening() {}

    /** The narrowest type both widen to without losing anything and without string or decimal promotion. */
    public static Optional<DataType> findTightestCommonType(DataType a, DataType b) {
        if (a.equals(b)) {
            return Optional.of(a);
        }
        if (a instanceof NullType) {
            return Optional.of(b);
        }
        if (b instanceof NullType) {
            return Optional.of(a);
        }
        if (Types.isIntegral(a) && b instanceof DecimalType d && isWiderThan(d, a)) {
            return Optional.of(d);
        }
        if (Types.isIntegral(b) && a instanceof DecimalType d && isWiderThan(d, b)) {
            return Optional.of(d);
        }
        int ia = NUMERIC_PRECEDENCE.indexOf(a);
        int ib = NUMERIC_PRECEDENCE.indexOf(b);
        if (ia >= 0 && ib >= 0) {
            return Optional.of(NUMERIC_PRECEDENCE.get(Math.max(ia, ib)));
        }
        if (isDatetime(a) && isDatetime(b)) {
            return Optional.of(widerDatetime(a, b));
        }
        return complex(a, b, TypeWidening::findTightestCommonType);
    }

    /**
     * The common type of two types as Spark's {@code findWiderTypeForTwo}: the tightest, else a decimal wide enough
     * for both (a double with a float or double), else the string promotion of the mode (ANSI: a string meets an
     * integral as a bigint, a fractional as a double, another atomic type as that type; legacy: a string meets any
     * atomic type but binary and boolean as a string), recursively in nested types.
     */
    public static Optional<DataType> findWiderTypeForTwo(DataType a, DataType b, boolean ansi) {
        Optional<DataType> tightest = findTightestCommonType(a, b);
        if (tightest.isPresent()) {
            return tightest;
        }
        Optional<DataType> decimal = widerDecimal(a, b);
        if (decimal.isPresent()) {
            return decimal;
        }
        Optional<DataType> promoted = ansi ? ansiStringPromotion(a, b) : legacyStringPromotion(a, b);
        if (promoted.isPresent()) {
            return promoted;
        }
        return complex(a, b, (x, y) -> findWiderTypeForTwo(x, y, ansi));
    }

    /** The common type of all of {@code types} ({@link #findWiderTypeForTwo} folded), empty if there is none. */
    public static Optional<DataType> findWiderCommonType(List<DataType> types, boolean ansi) {
        Optional<DataType> result = Optional.of(DataTypes.NullType);
        for (DataType type : types) {
            if (result.isEmpty()) {
                return result;
            }
            result = findWiderTypeForTwo(result.get(), type, ansi);
        }
        return result;
    }

    /** The decimal an integral or floating type fits in: Spark's {@code DecimalType.forType}. */
    public static DecimalType forType(DataType type) {
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
        throw new IllegalArgumentException("no decimal for the type " + type.simpleString());
    }

    /** Whether every value of {@code other} (integral or decimal) fits in {@code decimal}. */
    public static boolean isWiderThan(DecimalType decimal, DataType other) {
        DecimalType d = forType(other);
        return decimal.precision() - decimal.scale() >= d.precision() - d.scale() && decimal.scale() >= d.scale();
    }

    /** The decimal both fit in: the larger scale and the larger integral part, bounded to 38 digits. */
    public static DecimalType widerDecimalType(DecimalType a, DecimalType b) {
        int scale = Math.max(a.scale(), b.scale());
        int range = Math.max(a.precision() - a.scale(), b.precision() - b.scale());
        return bounded(range + scale, scale);
    }

    /** {@code decimal(min(p, 38), min(s, 38))}: Spark's {@code DecimalType.bounded}. */
    public static DecimalType bounded(int precision, int scale) {
        int s = Math.min(scale, DecimalType.MAX_SCALE);
        return new DecimalType(Math.max(Math.min(precision, DecimalType.MAX_PRECISION), Math.max(s, 1)), s);
    }

    /**
     * The type of a decimal result of {@code precision} digits and {@code scale} when it may lose precision (Spark's
     * default {@code allowPrecisionLoss}): above 38 digits the integral part is kept and the scale cut, down to 6
     * (or the scale, if smaller).
     */
    public static DecimalType adjustPrecisionScale(int precision, int scale) {
        if (precision <= DecimalType.MAX_PRECISION) {
            return new DecimalType(Math.max(precision, 1), scale);
        }
        int intDigits = precision - scale;
        int minScale = Math.min(scale, 6);
        int adjustedScale = Math.max(DecimalType.MAX_PRECISION - intDigits, minScale);
        return new DecimalType(DecimalType.MAX_PRECISION, adjustedScale);
    }

    /**
     * The type to cast an argument of type {@code from} to so that {@code expected} accepts it: {@code from} itself
     * when accepted; empty when no implicit cast is allowed (the analyzer then reports the node's type check).
     */
    public static Optional<DataType> implicitCast(DataType from, ExpectedType expected, boolean ansi) {
        if (expected.accepts(from)) {
            return Optional.of(from);
        }
        if (!expected.alternatives().isEmpty()) {
            for (ExpectedType alternative : expected.alternatives()) {
                Optional<DataType> cast = implicitCast(from, alternative, ansi);
                if (cast.isPresent()) {
                    return cast;
                }
            }
            return Optional.empty();
        }
        if (expected == ExpectedType.DECIMAL && Types.isNumeric(from)) {
            return Optional.of(forType(from));
        }
        if (from instanceof NullType) {
            return Optional.of(expected.defaultType());
        }
        DataType target = expected.exactType();
        if (from instanceof StringType) {
            if (target != null && isAtomic(target)) {
                return Optional.of(target);
            }
            if (expected == ExpectedType.NUMERIC) {
                return Optional.of(DataTypes.DoubleType);
            }
            if (expected == ExpectedType.DECIMAL) {
                return Optional.of(DecimalType.SYSTEM_DEFAULT);
            }
            if (expected == ExpectedType.ANY_TIMESTAMP || expected == ExpectedType.INTEGRAL) {
                return Optional.of(expected.defaultType());
            }
        }
        if (from instanceof DateType && expected == ExpectedType.ANY_TIMESTAMP) {
            return Optional.of(DataTypes.TimestampType);
        }
        if (target != null && (ansi ? canAnsiStoreAssign(from, target) : CastRules.canCast(from, target))) {
            return Optional.of(target);
        }
        if (expected == ExpectedType.INTEGRAL && Types.isNumeric(from) && !ansi) {
            return Optional.of(DataTypes.LongType);
        }
        return Optional.empty();
    }

    /**
     * The types to cast the operands of a binary operator to (Spark's {@code DecimalPrecision}, {@code
     * ImplicitTypeCasts} and string promotion), or empty when they cannot meet. {@code operator} is the registry
     * name: {@code + - * % pmod} meet at a common numeric type (integral with decimal as two decimals, each keeping
     * its precision; decimal with float or double as doubles), {@code /} at double unless decimals are involved,
     * {@code div} at bigint or decimals, comparisons ({@code = <=> < <= > >=}) and the rest at their wider type.
     */
    public static Optional<List<DataType>> operandTypes(String operator, DataType left, DataType right, boolean ansi) {
        switch (operator) {
            case "+", "-", "*", "%", "pmod", "/", "div" -> {
                return arithmeticOperands(operator, left, right, ansi);
            }
            default -> {
                return findWiderTypeForTwo(left, right, ansi).map(t -> List.of(t, t));
            }
        }
    }

    private static Optional<List<DataType>> arithmeticOperands(
            String operator, DataType left, DataType right, boolean ansi) {
        DataType l = numericOperand(left, right, ansi);
        DataType r = numericOperand(right, left, ansi);
        if (l == null || r == null) {
            return Optional.empty();
        }
        boolean anyDecimal = l instanceof DecimalType || r instanceof DecimalType;
        boolean anyFloating = isFloating(l) || isFloating(r);
        if (anyDecimal && !anyFloating) {
            return Optional.of(List.of(forType(l), forType(r)));
        }
        if (operator.equals("/")) {
            return Optional.of(List.of(DataTypes.DoubleType, DataTypes.DoubleType));
        }
        if (operator.equals("div")) {
            return anyFloating ? Optional.empty() : Optional.of(List.of(DataTypes.LongType, DataTypes.LongType));
        }
        DataType common =
                anyDecimal ? DataTypes.DoubleType : findTightestCommonType(l, r).orElse(null);
        return common == null ? Optional.empty() : Optional.of(List.of(common, common));
    }

    /** The numeric type an operand takes: itself, or a string or null promoted against the other operand. */
    private static DataType numericOperand(DataType type, DataType other, boolean ansi) {
        if (Types.isNumeric(type)) {
            return type;
        }
        if (type instanceof NullType) {
            return Types.isNumeric(other) ? other : DataTypes.DoubleType;
        }
        if (type instanceof StringType) {
            if (!ansi) {
                return DataTypes.DoubleType;
            }
            return Types.isIntegral(other) ? DataTypes.LongType : DataTypes.DoubleType;
        }
        return null;
    }

    private static boolean isFloating(DataType type) {
        return type instanceof FloatType || type instanceof DoubleType;
    }

    private static boolean isDatetime(DataType type) {
        return type instanceof DateType || type instanceof TimestampType || type instanceof TimestampNTZType;
    }

    private static DataType widerDatetime(DataType a, DataType b) {
        if (a instanceof TimestampType || b instanceof TimestampType) {
            return DataTypes.TimestampType;
        }
        if (a instanceof TimestampNTZType || b instanceof TimestampNTZType) {
            return DataTypes.TimestampNTZType;
        }
        return DataTypes.DateType;
    }

    private static boolean isAtomic(DataType type) {
        return !Types.isNested(type) && !(type instanceof NullType);
    }

    private static Optional<DataType> widerDecimal(DataType a, DataType b) {
        if (a instanceof DecimalType da && b instanceof DecimalType db) {
            return Optional.of(widerDecimalType(da, db));
        }
        if (a instanceof DecimalType da && Types.isIntegral(b)) {
            return Optional.of(widerDecimalType(da, forType(b)));
        }
        if (b instanceof DecimalType db && Types.isIntegral(a)) {
            return Optional.of(widerDecimalType(forType(a), db));
        }
        if ((a instanceof DecimalType && isFloating(b)) || (b instanceof DecimalType && isFloating(a))) {
            return Optional.of(DataTypes.DoubleType);
        }
        return Optional.empty();
    }

    private static Optional<DataType> ansiStringPromotion(DataType a, DataType b) {
        if (b instanceof StringType && !(a instanceof StringType)) {
            return ansiStringPromotion(b, a);
        }
        if (!(a instanceof StringType)) {
            return Optional.empty();
        }
        if (Types.isIntegral(b)) {
            return Optional.of(DataTypes.LongType);
        } else if (Types.isFractional(b)) {
            return Optional.of(DataTypes.DoubleType);
        } else if (isAtomic(b)) {
            return Optional.of(b);
        }
        return Optional.empty();
    }

    private static Optional<DataType> legacyStringPromotion(DataType a, DataType b) {
        boolean aString = a instanceof StringType;
        DataType other = aString ? b : a;
        if ((aString || b instanceof StringType)
                && isAtomic(other)
                && !(other instanceof BinaryType)
                && !(other instanceof BooleanType)) {
            return Optional.of(DataTypes.StringType);
        }
        return Optional.empty();
    }

    /** Arrays, maps and structs of the same shape: their element types widened, nullability or-ed. */
    private static Optional<DataType> complex(
            DataType a, DataType b, BiFunction<DataType, DataType, Optional<DataType>> widen) {
        if (a instanceof ArrayType x && b instanceof ArrayType y) {
            return widen.apply(x.elementType(), y.elementType())
                    .map(e -> new ArrayType(e, x.containsNull() || y.containsNull()));
        }
        if (a instanceof MapType x && b instanceof MapType y) {
            Optional<DataType> key = widen.apply(x.keyType(), y.keyType());
            Optional<DataType> value = widen.apply(x.valueType(), y.valueType());
            if (key.isPresent() && value.isPresent()) {
                return Optional.of(new MapType(key.get(), value.get(), x.valueContainsNull() || y.valueContainsNull()));
            }
            return Optional.empty();
        }
        if (a instanceof StructType x && b instanceof StructType y && x.length() == y.length()) {
            List<StructField> fields = new ArrayList<>();
            for (int i = 0; i < x.length(); i++) {
                StructField fx = x.field(i);
                StructField fy = y.field(i);
                if (!fx.name().equalsIgnoreCase(fy.name())) {
                    return Optional.empty();
                }
                Optional<DataType> type = widen.apply(fx.dataType(), fy.dataType());
                if (type.isEmpty()) {
                    return Optional.empty();
                }
                fields.add(new StructField(fx.name(), type.get(), fx.nullable() || fy.nullable()));
            }
            return Optional.of(new StructType(fields));
        }
        return Optional.empty();
    }

    /** Spark's {@code canANSIStoreAssign}: the casts ANSI mode inserts implicitly. */
    public static boolean canAnsiStoreAssign(DataType from, DataType to) {
        if (from.equals(to) || from instanceof NullType) {
            return true;
        }
        if (Types.isNumeric(from) && Types.isNumeric(to)) {
            return true;
        }
        if (isAtomic(from) && to instanceof StringType) {
            return true;
        }
        if ((from instanceof DateType && (to instanceof TimestampType || to instanceof TimestampNTZType))
                || (to instanceof DateType && (from instanceof TimestampType || from instanceof TimestampNTZType))
                || (from instanceof TimestampType && to instanceof TimestampNTZType)
                || (from instanceof TimestampNTZType && to instanceof TimestampType)) {
            return true;
        }
        if (from instanceof ArrayType x && to instanceof ArrayType y) {
            return canAnsiStoreAssign(x.elementType(), y.elementType()) && (y.containsNull() || !x.containsNull());
        }
        if (from instanceof MapType x && to instanceof MapType y) {
            return canAnsiStoreAssign(x.keyType(), y.keyType())
                    && canAnsiStoreAssign(x.valueType(), y.valueType())
                    && (y.valueContainsNull() || !x.valueContainsNull());
        }
        if (from instanceof StructType x && to instanceof StructType y && x.length() == y.length()) {
            for (int i = 0; i < x.length(); i++) {
                if (!canAnsiStoreAssign(x.field(i).dataType(), y.field(i).dataType())
                        || (x.field(i).nullable() && !y.field(i).nullable())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
