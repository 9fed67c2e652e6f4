package io.rivulet.sql.expr;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.BinaryType;
import io.rivulet.sql.types.BooleanType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DateType;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.NullType;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.types.TimestampNTZType;
import io.rivulet.sql.types.TimestampType;
import io.rivulet.sql.vector.Types;
import java.util.Optional;

/**
 * Which casts Spark allows ({@code Cast.canAnsiCast} for ANSI mode and {@code try_cast}, {@code Cast.canCast} for
 * legacy mode) and which may give null for a non-null input ({@code Cast.forceNullable}). The errors name both
 * types, and suggest a function where Spark does ({@code UNIX_DATE} for a date to a number).
 */
public final class CastRules {
    private CastRules() {}

    /** Spark's {@code Cast.canAnsiCast}: the casts of ANSI mode and {@code try_cast}. */
    public static boolean canAnsiCast(DataType from, DataType to) {
        if (from.equals(to) || from instanceof NullType || to instanceof StringType && !Types.isNested(from)) {
            return true;
        }
        if (to instanceof StringType) {
            return isNestedCastableToString(from);
        }
        if (from instanceof StringType) {
            return to instanceof BinaryType || to instanceof BooleanType || isDatetime(to) || Types.isNumeric(to);
        }
        if (Types.isNumeric(from)) {
            return to instanceof BooleanType || to instanceof TimestampType || Types.isNumeric(to);
        }
        if (from instanceof BooleanType) {
            return Types.isNumeric(to);
        }
        if (from instanceof DateType) {
            return to instanceof TimestampType || to instanceof TimestampNTZType;
        }
        if (from instanceof TimestampType) {
            return to instanceof TimestampNTZType || to instanceof DateType || Types.isNumeric(to);
        }
        if (from instanceof TimestampNTZType) {
            return to instanceof TimestampType || to instanceof DateType;
        }
        return nested(from, to, true);
    }

    /** Spark's {@code Cast.canCast}: the casts of legacy (non-ANSI) mode. */
    public static boolean canCast(DataType from, DataType to) {
        if (canAnsiCast(from, to)) {
            return true;
        }
        if (Types.isIntegral(from) && to instanceof BinaryType) {
            return true;
        }
        if ((from instanceof DateType || from instanceof TimestampType) && to instanceof BooleanType) {
            return true;
        }
        if (from instanceof BooleanType && to instanceof TimestampType) {
            return true;
        }
        if (from instanceof DateType && Types.isNumeric(to)) {
            return true;
        }
        return nested(from, to, false);
    }

    private static boolean isDatetime(DataType type) {
        return type instanceof DateType || type instanceof TimestampType || type instanceof TimestampNTZType;
    }

    private static boolean isNestedCastableToString(DataType type) {
        if (type instanceof ArrayType array) {
            return canAnsiCast(array.elementType(), StringType.INSTANCE);
        } else if (type instanceof MapType map) {
            return canAnsiCast(map.keyType(), StringType.INSTANCE) && canAnsiCast(map.valueType(), StringType.INSTANCE);
        } else if (type instanceof StructType struct) {
            return struct.fieldList().stream().allMatch(f -> canAnsiCast(f.dataType(), StringType.INSTANCE));
        }
        return true;
    }

    private static boolean allowed(DataType from, DataType to, boolean ansi) {
        return ansi ? canAnsiCast(from, to) : canCast(from, to);
    }

    private static boolean nested(DataType from, DataType to, boolean ansi) {
        if (from instanceof ArrayType x && to instanceof ArrayType y) {
            return allowed(x.elementType(), y.elementType(), ansi)
                    && resolvable(
                            x.containsNull() || forceNullable(x.elementType(), y.elementType()), y.containsNull());
        }
        if (from instanceof MapType x && to instanceof MapType y) {
            return allowed(x.keyType(), y.keyType(), ansi)
                    && !forceNullable(x.keyType(), y.keyType())
                    && allowed(x.valueType(), y.valueType(), ansi)
                    && resolvable(
                            x.valueContainsNull() || forceNullable(x.valueType(), y.valueType()),
                            y.valueContainsNull());
        }
        if (from instanceof StructType x && to instanceof StructType y) {
            if (x.length() != y.length()) {
                return false;
            }
            for (int i = 0; i < x.length(); i++) {
                DataType f = x.field(i).dataType();
                DataType t = y.field(i).dataType();
                if (!allowed(f, t, ansi)
                        || !resolvable(
                                x.field(i).nullable() || forceNullable(f, t),
                                y.field(i).nullable())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean resolvable(boolean fromNullable, boolean toNullable) {
        return !fromNullable || toNullable;
    }

    /** Spark's {@code Cast.forceNullable}: whether a cast may give null (legacy or try) for a non-null value. */
    public static boolean forceNullable(DataType from, DataType to) {
        if (from instanceof NullType || from.equals(to)) {
            return false;
        }
        if (from instanceof StringType) {
            return !(to instanceof BinaryType) && !(to instanceof StringType);
        }
        if (to instanceof StringType) {
            return false;
        }
        if (from instanceof TimestampType && (to instanceof DateType || to instanceof TimestampNTZType)) {
            return false;
        }
        if (from instanceof DateType && (to instanceof TimestampType || to instanceof TimestampNTZType)) {
            return false;
        }
        if (from instanceof TimestampNTZType && (to instanceof TimestampType || to instanceof DateType)) {
            return false;
        }
        if (Types.isNumeric(to) && (from instanceof BooleanType || Types.isIntegral(from))) {
            return !isLosslessWidening(from, to);
        }
        if (to instanceof BooleanType && Types.isNumeric(from)) {
            return false;
        }
        return true;
    }

    private static boolean isLosslessWidening(DataType from, DataType to) {
        if (from instanceof BooleanType) {
            return true;
        }
        if (to instanceof DecimalType decimal) {
            return TypeWidening.isWiderThan(decimal, from);
        }
        return Types.isNumeric(to)
                && TypeWidening.findTightestCommonType(from, to).map(to::equals).orElse(false);
    }

    /** Whether {@code CAST(from AS to)} may give null for a non-null value in {@code mode}. */
    static boolean mayGiveNull(DataType from, DataType to) {
        return forceNullable(from, to);
    }

    /** The type check of a cast: empty when allowed, else Spark's {@code DATATYPE_MISMATCH.CAST_*} message. */
    static Optional<String> check(Cast cast) {
        DataType from = cast.child().dataType();
        DataType to = cast.dataType();
        boolean ansi = cast.evalMode() != EvalMode.LEGACY;
        if (allowed(from, to, ansi)) {
            return Optional.empty();
        }
        String types = "cannot cast " + Errors.type(from) + " to " + Errors.type(to) + ".";
        if (ansi && canCast(from, to)) {
            String function = functionSuggestion(from, to);
            if (function != null) {
                return TypeChecks.mismatch(
                        cast,
                        "CAST_WITH_FUNC_SUGGESTION",
                        types + " To convert values from " + Errors.type(from) + " to " + Errors.type(to)
                                + ", you can use the functions " + function + " instead.");
            }
            return TypeChecks.mismatch(
                    cast,
                    "CAST_WITH_CONF_SUGGESTION",
                    "cannot cast " + Errors.type(from) + " to " + Errors.type(to) + " with ANSI mode on. If you have"
                            + " to cast " + Errors.type(from) + " to " + Errors.type(to) + ", you can set "
                            + Errors.ANSI_CONFIG + " as \"false\".");
        }
        return TypeChecks.mismatch(cast, "CAST_WITHOUT_SUGGESTION", types);
    }

    private static String functionSuggestion(DataType from, DataType to) {
        if (from instanceof DateType && Types.isNumeric(to)) {
            return "`UNIX_DATE`";
        } else if (from instanceof TimestampType && Types.isNumeric(to)) {
            return "`UNIX_SECONDS`, `UNIX_MILLIS`, `UNIX_MICROS`";
        } else if (Types.isNumeric(from) && to instanceof DateType) {
            return "`DATE_FROM_UNIX_DATE`";
        } else if (Types.isIntegral(from) && to instanceof BinaryType) {
            return "`TO_BINARY`";
        }
        return null;
    }
}
