package io.rivulet.sql.expr;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.StructType;
import io.rivulet.sql.types.TimestampNTZType;
import io.rivulet.sql.types.TimestampType;
import io.rivulet.sql.vector.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The type a function expects of an argument, as Spark's {@code AbstractDataType}: one type ({@code "DOUBLE"}), a
 * family ({@code NUMERIC}, any {@code DECIMAL}, any array) or a choice of them ({@code ("STRING" or "BINARY")}).
 * The analyzer casts an argument of another type to the first alternative it can be cast to implicitly ({@link
 * TypeWidening#implicitCast}), to the family's {@link #defaultType()} when the family has no type of its own.
 */
public final class ExpectedType {
    private final String sql;
    private final Predicate<DataType> accepts;
    private final DataType defaultType;
    private final List<ExpectedType> alternatives;
    private final DataType exact;

    private ExpectedType(
            String sql,
            Predicate<DataType> accepts,
            DataType defaultType,
            List<ExpectedType> alternatives,
            DataType exact) {
        this.sql = sql;
        this.accepts = accepts;
        this.defaultType = defaultType;
        this.alternatives = alternatives;
        this.exact = exact;
    }

    private static ExpectedType family(String sql, Predicate<DataType> accepts, DataType defaultType) {
        return new ExpectedType("\"" + sql + "\"", accepts, defaultType, List.of(), null);
    }

    /** Exactly {@code type} (nullability aside, for nested types). */
    public static ExpectedType of(DataType type) {
        requireNonNull(type, "type is null");
        return new ExpectedType(Errors.type(type), t -> Types.sameIgnoringNullability(t, type), type, List.of(), type);
    }

    /** Any of the alternatives, tried in order when a cast is needed. */
    public static ExpectedType anyOf(ExpectedType... choices) {
        List<ExpectedType> flat = new ArrayList<>();
        for (ExpectedType choice : choices) {
            if (choice.alternatives.isEmpty()) {
                flat.add(choice);
            } else {
                flat.addAll(choice.alternatives);
            }
        }
        String sql = flat.stream().map(ExpectedType::sql).collect(Collectors.joining(" or ", "(", ")"));
        return new ExpectedType(
                sql, t -> flat.stream().anyMatch(e -> e.accepts(t)), flat.get(0).defaultType, List.copyOf(flat), null);
    }

    public static final ExpectedType ANY = family("ANY", t -> true, DataTypes.NullType);
    public static final ExpectedType NUMERIC = family("NUMERIC", Types::isNumeric, DataTypes.DoubleType);
    public static final ExpectedType INTEGRAL = family("INTEGRAL", Types::isIntegral, DataTypes.IntegerType);
    public static final ExpectedType DECIMAL =
            family("DECIMAL", t -> t instanceof DecimalType, DecimalType.SYSTEM_DEFAULT);
    public static final ExpectedType ANY_TIMESTAMP = family(
            "TIMESTAMP", t -> t instanceof TimestampType || t instanceof TimestampNTZType, DataTypes.TimestampType);
    public static final ExpectedType ARRAY =
            family("ARRAY", t -> t instanceof ArrayType, DataTypes.createArrayType(DataTypes.NullType));
    public static final ExpectedType MAP =
            family("MAP", t -> t instanceof MapType, DataTypes.createMapType(DataTypes.NullType, DataTypes.NullType));
    public static final ExpectedType STRUCT = family("STRUCT", t -> t instanceof StructType, new StructType());
    public static final ExpectedType STRING = of(DataTypes.StringType);
    public static final ExpectedType BINARY = of(DataTypes.BinaryType);
    public static final ExpectedType BOOLEAN = of(DataTypes.BooleanType);
    public static final ExpectedType INT = of(DataTypes.IntegerType);
    public static final ExpectedType LONG = of(DataTypes.LongType);
    public static final ExpectedType DOUBLE = of(DataTypes.DoubleType);
    public static final ExpectedType DATE = of(DataTypes.DateType);
    public static final ExpectedType TIMESTAMP = of(DataTypes.TimestampType);
    public static final ExpectedType STRING_OR_BINARY = anyOf(STRING, BINARY);

    public boolean accepts(DataType type) {
        return accepts.test(type);
    }

    /** The type to cast to when the argument is of none of the accepted types (a null literal, a string). */
    public DataType defaultType() {
        return defaultType;
    }

    /** The choices of {@link #anyOf}, or empty for a single type or family. */
    public List<ExpectedType> alternatives() {
        return alternatives;
    }

    /** The one type this stands for, or null for a family or a choice. */
    public DataType exactType() {
        return exact;
    }

    /** As Spark's error messages print it: {@code "DOUBLE"}, {@code "NUMERIC"}, {@code ("STRING" or "BINARY")}. */
    public String sql() {
        return sql;
    }

    @Override
    public String toString() {
        return sql;
    }
}
