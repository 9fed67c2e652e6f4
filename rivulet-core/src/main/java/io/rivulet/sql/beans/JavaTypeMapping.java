package io.rivulet.sql.beans;

import static java.util.Objects.requireNonNull;

import io.rivulet.sql.Row;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.StructType;
import java.io.Serializable;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.function.Function;

/**
 * Schemas of Java records and beans, and converters between their instances and rows, as Spark's {@code
 * JavaTypeInference} and {@code Encoders.bean}.
 *
 * <ul>
 *   <li>A record's fields are its components in declaration order; a bean's are its readable properties (getters)
 *       sorted by name, as Spark's.
 *   <li>Primitives are not nullable, boxes are; {@code String}; {@code BigDecimal} is decimal(38,18) and {@code
 *       BigInteger} decimal(38,0); {@code LocalDate} and {@code java.sql.Date} are date, {@code Instant} and {@code
 *       java.sql.Timestamp} timestamp, {@code LocalDateTime} timestamp_ntz; {@code byte[]} is binary; enums are
 *       strings; Java arrays, {@code List}s and {@code Set}s are arrays; {@code Map}s are maps; nested records and
 *       beans are structs.
 *   <li>{@link #fromRow} makes records through their canonical constructor and beans through their no-arg
 *       constructor and setters (properties without a setter are left alone), matching fields by name (exact,
 *       then ignoring case; extra fields are ignored), or by position for rows without a schema.
 * </ul>
 *
 * <p>Mappings are inferred once per class and cached ({@code ClassValue}, so classes can still be unloaded);
 * the converters are {@code Serializable} (they hold only the class). Unsupported types throw {@code
 * IllegalArgumentException} naming the class and the property.
 */
public final class JavaTypeMapping {
    private static final ClassValue<StructMapping> STRUCTS = new ClassValue<>() {
        @Override
        protected StructMapping computeValue(Class<?> type) {
            return Inference.topLevel(type);
        }
    };

    private JavaTypeMapping() {}

    /** The schema of rows of {@code type}, a record or bean class. */
    public static StructType schemaFor(Class<?> type) {
        return mapping(type).schema();
    }

    /** The data type of values of a Java type (a scalar, a collection, a record or a bean), e.g. for UDF results. */
    public static DataType dataTypeFor(Type javaType) {
        return Inference.value(
                        requireNonNull(javaType, "javaType is null"),
                        new LinkedHashSet<>(),
                        "type " + javaType.getTypeName())
                .dataType();
    }

    /** Instances of {@code type} to rows (with the schema {@link #schemaFor} gives); a null instance throws. */
    public static <T> Function<T, Row> toRow(Class<T> type) {
        mapping(type);
        return new ToRow<>(type);
    }

    /** Rows to instances of {@code type}; see the class comment for the matching of fields. */
    public static <T> Function<Row, T> fromRow(Class<T> type) {
        mapping(type);
        return new FromRow<>(type);
    }

    private static StructMapping mapping(Class<?> type) {
        return STRUCTS.get(requireNonNull(type, "type is null"));
    }

    private record ToRow<T>(Class<T> type) implements Function<T, Row>, Serializable {
        @Override
        public Row apply(T instance) {
            if (instance == null) {
                throw new IllegalArgumentException("A null " + type.getName() + " cannot be a row");
            }
            return mapping(type).toRow(instance);
        }
    }

    private record FromRow<T>(Class<T> type) implements Function<Row, T>, Serializable {
        @Override
        public T apply(Row row) {
            return type.cast(mapping(type).fromRow(requireNonNull(row, "row is null")));
        }
    }
}
