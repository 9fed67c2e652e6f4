package io.rivulet.sql.types;

import java.util.List;

/**
 * The singleton types and the factories of Spark's Java API ({@code org.apache.spark.sql.types.DataTypes}).
 */
public final class DataTypes {
    public static final DataType BooleanType = io.rivulet.sql.types.BooleanType.INSTANCE;
    public static final DataType ByteType = io.rivulet.sql.types.ByteType.INSTANCE;
    public static final DataType ShortType = io.rivulet.sql.types.ShortType.INSTANCE;
    public static final DataType IntegerType = io.rivulet.sql.types.IntegerType.INSTANCE;
    public static final DataType LongType = io.rivulet.sql.types.LongType.INSTANCE;
    public static final DataType FloatType = io.rivulet.sql.types.FloatType.INSTANCE;
    public static final DataType DoubleType = io.rivulet.sql.types.DoubleType.INSTANCE;
    public static final DataType StringType = io.rivulet.sql.types.StringType.INSTANCE;
    public static final DataType BinaryType = io.rivulet.sql.types.BinaryType.INSTANCE;
    public static final DataType DateType = io.rivulet.sql.types.DateType.INSTANCE;
    public static final DataType TimestampType = io.rivulet.sql.types.TimestampType.INSTANCE;
    public static final DataType TimestampNTZType = io.rivulet.sql.types.TimestampNTZType.INSTANCE;
    public static final DataType NullType = io.rivulet.sql.types.NullType.INSTANCE;

    private DataTypes() {}

    public static StructField createStructField(String name, DataType dataType, boolean nullable) {
        return new StructField(name, dataType, nullable);
    }

    public static StructType createStructType(List<StructField> fields) {
        return new StructType(fields);
    }

    public static StructType createStructType(StructField[] fields) {
        return new StructType(fields);
    }

    public static DecimalType createDecimalType(int precision, int scale) {
        return new DecimalType(precision, scale);
    }

    /** {@code decimal(10,0)}, as Spark's. */
    public static DecimalType createDecimalType() {
        return DecimalType.USER_DEFAULT;
    }

    /** An array whose elements may be null. */
    public static ArrayType createArrayType(DataType elementType) {
        return new ArrayType(elementType, true);
    }

    public static ArrayType createArrayType(DataType elementType, boolean containsNull) {
        return new ArrayType(elementType, containsNull);
    }

    /** A map whose values may be null. */
    public static MapType createMapType(DataType keyType, DataType valueType) {
        return new MapType(keyType, valueType, true);
    }

    public static MapType createMapType(DataType keyType, DataType valueType, boolean valueContainsNull) {
        return new MapType(keyType, valueType, valueContainsNull);
    }
}
