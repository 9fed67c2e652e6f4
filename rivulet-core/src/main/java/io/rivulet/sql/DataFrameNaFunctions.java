package io.rivulet.sql;

import static io.rivulet.sql.functions.coalesce;
import static io.rivulet.sql.functions.lit;
import static io.rivulet.sql.functions.nanvl;
import static io.rivulet.sql.functions.when;
import static java.util.Objects.requireNonNull;

import io.rivulet.sql.types.BooleanType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DoubleType;
import io.rivulet.sql.types.FloatType;
import io.rivulet.sql.types.NumericType;
import io.rivulet.sql.types.StringType;
import io.rivulet.sql.types.StructField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Missing values in a DataFrame, as Spark's {@code DataFrameNaFunctions} ({@code df.na()}): rows with nulls dropped,
 * nulls filled, values replaced. NaN counts as missing in float and double columns, as in Spark. A fill or a
 * replacement only touches columns of its value's kind (numbers, strings or booleans), even among the columns named;
 * a named column that does not exist is the usual unresolved-column error. Each method returns a new DataFrame.
 */
public final class DataFrameNaFunctions {
    private final DataFrame frame;

    DataFrameNaFunctions(DataFrame frame) {
        this.frame = requireNonNull(frame, "frame is null");
    }

    // ---- drop ---------------------------------------------------------------------------------------

    /** The rows without a null or NaN in any column. */
    public DataFrame drop() {
        return drop("any");
    }

    /** {@code how} is {@code "any"} (drop a row with any missing value) or {@code "all"} (with only missing values). */
    public DataFrame drop(String how) {
        return drop(how, frame.columns());
    }

    public DataFrame drop(String[] columns) {
        return drop("any", columns);
    }

    public DataFrame drop(String how, String[] columns) {
        requireNonNull(how, "how is null");
        return switch (how.toLowerCase(Locale.ROOT)) {
            case "any" -> drop(columns.length, columns);
            case "all" -> drop(1, columns);
            default -> throw new IllegalArgumentException("how (" + how + ") must be 'any' or 'all'");
        };
    }

    /** The rows with at least {@code minNonNulls} values that are neither null nor NaN. */
    public DataFrame drop(int minNonNulls) {
        return drop(minNonNulls, frame.columns());
    }

    public DataFrame drop(int minNonNulls, String[] columns) {
        requireNonNull(columns, "columns is null");
        Column present = lit(0);
        for (String name : columns) {
            Column column = column(name);
            Column missing = isFloating(type(name)) ? column.isNull().or(column.isNaN()) : column.isNull();
            present = present.plus(when(missing, 0).otherwise(1));
        }
        return frame.filter(present.geq(minNonNulls));
    }

    // ---- fill ---------------------------------------------------------------------------------------

    /** Nulls and NaN in numeric columns become {@code value} (cast to each column's type). */
    public DataFrame fill(long value) {
        return fill(value, frame.columns());
    }

    public DataFrame fill(long value, String[] columns) {
        return fillWhere(lit(value), columns, type -> type instanceof NumericType);
    }

    public DataFrame fill(double value) {
        return fill(value, frame.columns());
    }

    public DataFrame fill(double value, String[] columns) {
        return fillWhere(lit(value), columns, type -> type instanceof NumericType);
    }

    /** Nulls in string columns become {@code value}. */
    public DataFrame fill(String value) {
        return fill(value, frame.columns());
    }

    public DataFrame fill(String value, String[] columns) {
        return fillWhere(lit(requireNonNull(value, "value is null")), columns, type -> type instanceof StringType);
    }

    /** Nulls in boolean columns become {@code value}. */
    public DataFrame fill(boolean value) {
        return fill(value, frame.columns());
    }

    public DataFrame fill(boolean value, String[] columns) {
        return fillWhere(lit(value), columns, type -> type instanceof BooleanType);
    }

    /**
     * Each named column's nulls (and NaN) become its value: an {@code Integer}, {@code Long}, {@code Float},
     * {@code Double}, {@code String} or {@code Boolean}, cast to the column's type.
     */
    public DataFrame fill(Map<String, Object> valuesByColumn) {
        requireNonNull(valuesByColumn, "valuesByColumn is null");
        Map<String, Column> replacements = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : valuesByColumn.entrySet()) {
            Object value = entry.getValue();
            if (!(value instanceof Integer
                    || value instanceof Long
                    || value instanceof Float
                    || value instanceof Double
                    || value instanceof String
                    || value instanceof Boolean)) {
                throw new IllegalArgumentException("Unsupported value type "
                        + (value == null ? "null" : value.getClass().getName()) + " (" + value + ").");
            }
            String name = entry.getKey();
            replacements.put(name, filled(name, lit(value)));
        }
        return withReplaced(replacements);
    }

    private DataFrame fillWhere(Column value, String[] columns, Predicate<DataType> kind) {
        requireNonNull(columns, "columns is null");
        Map<String, Column> replacements = new LinkedHashMap<>();
        for (String name : columns) {
            if (kind.test(type(name))) {
                replacements.put(name, filled(name, value));
            }
        }
        return withReplaced(replacements);
    }

    private Column filled(String name, Column value) {
        DataType type = type(name);
        Column column = column(name);
        Column notNaN = isFloating(type) ? nanvl(column, value.cast(type)) : column;
        return coalesce(notNaN, value.cast(type));
    }

    // ---- replace ------------------------------------------------------------------------------------

    /** In {@code column} ({@code "*"}: every column of the values' kind), each key of {@code replacement} becomes its value. */
    public <T> DataFrame replace(String column, Map<T, T> replacement) {
        requireNonNull(column, "column is null");
        return replace(column.equals("*") ? frame.columns() : new String[] {column}, replacement);
    }

    public <T> DataFrame replace(String[] columns, Map<T, T> replacement) {
        requireNonNull(columns, "columns is null");
        requireNonNull(replacement, "replacement is null");
        if (replacement.isEmpty()) {
            return frame;
        }
        Predicate<DataType> kind = kindOf(replacement);
        Map<String, Column> replacements = new LinkedHashMap<>();
        for (String name : columns) {
            DataType type = type(name);
            if (!kind.test(type)) {
                continue;
            }
            Column column = column(name);
            Column replaced = null;
            for (Map.Entry<T, T> entry : replacement.entrySet()) {
                Column matches = entry.getKey() == null
                        ? column.isNull()
                        : column.equalTo(lit(entry.getKey()).cast(type));
                Column target = lit(entry.getValue()).cast(type);
                replaced = replaced == null ? when(matches, target) : replaced.when(matches, target);
            }
            replacements.put(name, replaced.otherwise(column));
        }
        return withReplaced(replacements);
    }

    /** The kind of columns the replacement's keys and values fit: all numbers, all strings or all booleans. */
    private static Predicate<DataType> kindOf(Map<?, ?> replacement) {
        List<Object> values = new ArrayList<>(replacement.keySet());
        values.addAll(replacement.values());
        values.removeIf(v -> v == null);
        if (values.stream().allMatch(v -> v instanceof Number)) {
            return type -> type instanceof NumericType;
        } else if (values.stream().allMatch(v -> v instanceof String)) {
            return type -> type instanceof StringType;
        } else if (values.stream().allMatch(v -> v instanceof Boolean)) {
            return type -> type instanceof BooleanType;
        }
        throw new IllegalArgumentException("Unsupported value types in the replacement " + replacement
                + ": keys and values must be all numbers, all strings or all booleans.");
    }

    // ---- shared -------------------------------------------------------------------------------------

    /** Every column in its place, those in {@code replacements} replaced and keeping their names. */
    private DataFrame withReplaced(Map<String, Column> replacements) {
        if (replacements.isEmpty()) {
            return frame;
        }
        Map<String, Column> byLowerName = new LinkedHashMap<>();
        replacements.forEach((name, column) -> byLowerName.put(name.toLowerCase(Locale.ROOT), column));
        List<Column> output = new ArrayList<>();
        for (StructField field : frame.schema().fields()) {
            Column replaced = byLowerName.get(field.name().toLowerCase(Locale.ROOT));
            output.add(replaced == null ? column(field.name()) : replaced.as(field.name()));
        }
        return frame.select(output.toArray(new Column[0]));
    }

    private Column column(String name) {
        return frame.col(quoted(name));
    }

    /** The column's type; an unknown name fails as {@code col} does, naming it and the columns there are. */
    private DataType type(String name) {
        return frame.select(column(name)).schema().fields()[0].dataType();
    }

    private static boolean isFloating(DataType type) {
        return type instanceof DoubleType || type instanceof FloatType;
    }

    /** A top-level column name as {@code col} reads it, dots and backticks included. */
    private static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    @Override
    public String toString() {
        return "DataFrameNaFunctions(" + Arrays.toString(frame.columns()) + ")";
    }
}
