package io.rivulet.sql.types;

import java.io.Serializable;
import java.util.Locale;

/**
 * The base type of all data types, as Spark's {@code org.apache.spark.sql.types.DataType}.
 *
 * <p>Atomic types are singletons whose equality is their class; parameterized types ({@link DecimalType},
 * {@link ArrayType}, {@link MapType}, {@link StructType}) compare by content. Hash codes are deterministic (they
 * never depend on identity), so a type may key a map whose iteration order matters.
 */
public abstract class DataType implements Serializable {
    DataType() {}

    /**
     * The type of a DDL string, as Spark's {@code DataType.fromDDL}: a type ({@code ARRAY<INT>}) or, failing that, a
     * table schema ({@code a INT, b STRING}) as a {@link StructType}; throws the first {@code
     * io.rivulet.sql.ParseException} if it is neither.
     */
    public static DataType fromDDL(String ddl) {
        try {
            return io.rivulet.sql.parser.SqlParser.parseDataType(ddl);
        } catch (io.rivulet.sql.ParseException notAType) {
            try {
                return io.rivulet.sql.parser.SqlParser.parseTableSchema(ddl);
            } catch (io.rivulet.sql.ParseException notASchema) {
                throw notAType;
            }
        }
    }

    /** The name {@code printSchema} prints: {@code long}, {@code integer}, {@code decimal(10,2)}, {@code array}. */
    public abstract String typeName();

    /** The readable name: {@code bigint}, {@code int}, {@code array<int>}, {@code struct<a:int,b:string>}. */
    public String simpleString() {
        return typeName();
    }

    /** The name stored in catalogs: as {@link #simpleString()}, but structs are never truncated. */
    public String catalogString() {
        return simpleString();
    }

    /** The SQL spelling: {@code BIGINT}, {@code ARRAY<INT>}, {@code STRUCT<a: INT, b: STRING>}. */
    public String sql() {
        return simpleString().toUpperCase(Locale.ROOT);
    }

    /** The size of a value in bytes used for estimates (Spark's figures: 8 for long, 20 for string, ...). */
    public abstract int defaultSize();

    /**
     * The same type with every nullability flag set ({@link StructField#nullable()}, {@link
     * ArrayType#containsNull()}, {@link MapType#valueContainsNull()}): two types are the same but for
     * nullability when their {@code asNullable()} are equal.
     */
    public DataType asNullable() {
        return this;
    }

    /** Atomic types are singletons: same class, same type. Parameterized types override this. */
    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return typeName().hashCode();
    }

    /** As Spark: {@code LongType}, {@code DecimalType(10,2)}, {@code ArrayType(IntegerType,true)}. */
    @Override
    public String toString() {
        return getClass().getSimpleName();
    }

    /** Appends the children of {@code type} to a tree string (Spark's {@code DataType.buildFormattedString}). */
    static void buildFormattedString(DataType type, String prefix, StringBuilder builder, int maxDepth) {
        if (type instanceof ArrayType array) {
            array.buildFormattedString(prefix, builder, maxDepth - 1);
        } else if (type instanceof StructType struct) {
            struct.buildFormattedString(prefix, builder, maxDepth - 1);
        } else if (type instanceof MapType map) {
            map.buildFormattedString(prefix, builder, maxDepth - 1);
        }
    }
}
