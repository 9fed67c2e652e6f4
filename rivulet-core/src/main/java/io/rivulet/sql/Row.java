package io.rivulet.sql;

import io.rivulet.sql.types.StructType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * One row of a DataFrame, as Spark's Java {@code Row}: values by position, and by name when the row carries a
 * {@link #schema()} (rows from a DataFrame do; rows made by {@link RowFactory#create} do not).
 *
 * <p>Values are external Java objects, Spark's Java 8 time API mode: {@code Boolean}, {@code Byte}, {@code Short},
 * {@code Integer}, {@code Long}, {@code Float}, {@code Double}, {@code BigDecimal} (decimal), {@code String},
 * {@code byte[]} (binary), {@code LocalDate} (date), {@code Instant} (timestamp), {@code LocalDateTime}
 * (timestamp_ntz), {@code List} (array), {@code Map} (map, in entry order) and {@code Row} (struct); any may be
 * null.
 *
 * <p>The primitive getters ({@link #getInt}, {@link #getLong}, ...) throw {@code NullPointerException} on a null
 * value (check {@link #isNullAt} first) and {@code ClassCastException} on a value of another class; the object
 * getters return null for null. Rows are immutable; {@code equals} and {@code hashCode} compare the values only
 * (not the schema), byte arrays by content, decimals by {@code compareTo} and NaN equal to NaN, as Spark's.
 */
public interface Row extends Serializable {
    /** The number of values. */
    int size();

    default int length() {
        return size();
    }

    /** The row's schema, or null if it has none. */
    StructType schema();

    /** The value at {@code i}, possibly null. */
    Object get(int i);

    default boolean isNullAt(int i) {
        return get(i) == null;
    }

    default boolean getBoolean(int i) {
        return (Boolean) nonNull(i);
    }

    default byte getByte(int i) {
        return (Byte) nonNull(i);
    }

    default short getShort(int i) {
        return (Short) nonNull(i);
    }

    default int getInt(int i) {
        return (Integer) nonNull(i);
    }

    default long getLong(int i) {
        return (Long) nonNull(i);
    }

    default float getFloat(int i) {
        return (Float) nonNull(i);
    }

    default double getDouble(int i) {
        return (Double) nonNull(i);
    }

    default String getString(int i) {
        return (String) get(i);
    }

    default BigDecimal getDecimal(int i) {
        return (BigDecimal) get(i);
    }

    /** A date value (Rivulet keeps dates as {@code LocalDate}, Spark's Java 8 time API mode). */
    default LocalDate getDate(int i) {
        return (LocalDate) get(i);
    }

    default LocalDate getLocalDate(int i) {
        return (LocalDate) get(i);
    }

    /** A timestamp value. */
    default Instant getInstant(int i) {
        return (Instant) get(i);
    }

    /** A timestamp_ntz value. */
    default LocalDateTime getLocalDateTime(int i) {
        return (LocalDateTime) get(i);
    }

    @SuppressWarnings("unchecked")
    default <T> List<T> getList(int i) {
        return (List<T>) get(i);
    }

    @SuppressWarnings("unchecked")
    default <K, V> Map<K, V> getMap(int i) {
        return (Map<K, V>) get(i);
    }

    /** Spark's name for {@link #getMap} in Java. */
    default <K, V> Map<K, V> getJavaMap(int i) {
        return getMap(i);
    }

    default Row getStruct(int i) {
        return (Row) get(i);
    }

    @SuppressWarnings("unchecked")
    default <T> T getAs(int i) {
        return (T) get(i);
    }

    /** The value of the field named {@code fieldName}; needs a schema (see {@link #fieldIndex}). */
    default <T> T getAs(String fieldName) {
        return getAs(fieldIndex(fieldName));
    }

    /**
     * The index of the field named {@code name}: {@code UnsupportedOperationException} if the row has no schema,
     * {@code IllegalArgumentException} if no field (or several) has that name.
     */
    default int fieldIndex(String name) {
        StructType schema = schema();
        if (schema == null) {
            throw new UnsupportedOperationException("fieldIndex on a Row without schema is undefined.");
        }
        return schema.fieldIndex(name);
    }

    default boolean anyNull() {
        for (int i = 0; i < size(); i++) {
            if (isNullAt(i)) {
                return true;
            }
        }
        return false;
    }

    /** A row with the same values (rows are immutable, so this may be the row itself). */
    Row copy();

    default String mkString() {
        return mkString("", "", "");
    }

    default String mkString(String separator) {
        return mkString("", separator, "");
    }

    /** The values' {@code String.valueOf}, between {@code start} and {@code end}, separated by {@code separator}. */
    default String mkString(String start, String separator, String end) {
        StringBuilder builder = new StringBuilder(start);
        for (int i = 0; i < size(); i++) {
            if (i > 0) {
                builder.append(separator);
            }
            builder.append(get(i));
        }
        return builder.append(end).toString();
    }

    private Object nonNull(int i) {
        Object value = get(i);
        if (value == null) {
            StructType schema = schema();
            String field = schema == null ? "" : " (field " + schema.field(i).name() + ")";
            throw new NullPointerException("Value at index " + i + " is null" + field);
        }
        return value;
    }
}
