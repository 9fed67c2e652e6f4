package io.rivulet.sql.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Names, sizes, equality and factories of every type, against Spark's (sql/api/.../types/*.scala). */
class DataTypesTest {
    private record Names(
            DataType type, String typeName, String simpleString, String sql, int defaultSize, String string) {}

    @Test
    void everyAtomicTypeHasSparksNames() {
        List<Names> expected = List.of(
                new Names(DataTypes.BooleanType, "boolean", "boolean", "BOOLEAN", 1, "BooleanType"),
                new Names(DataTypes.ByteType, "byte", "tinyint", "TINYINT", 1, "ByteType"),
                new Names(DataTypes.ShortType, "short", "smallint", "SMALLINT", 2, "ShortType"),
                new Names(DataTypes.IntegerType, "integer", "int", "INT", 4, "IntegerType"),
                new Names(DataTypes.LongType, "long", "bigint", "BIGINT", 8, "LongType"),
                new Names(DataTypes.FloatType, "float", "float", "FLOAT", 4, "FloatType"),
                new Names(DataTypes.DoubleType, "double", "double", "DOUBLE", 8, "DoubleType"),
                new Names(DataTypes.StringType, "string", "string", "STRING", 20, "StringType"),
                new Names(DataTypes.BinaryType, "binary", "binary", "BINARY", 100, "BinaryType"),
                new Names(DataTypes.DateType, "date", "date", "DATE", 4, "DateType"),
                new Names(DataTypes.TimestampType, "timestamp", "timestamp", "TIMESTAMP", 8, "TimestampType"),
                new Names(
                        DataTypes.TimestampNTZType,
                        "timestamp_ntz",
                        "timestamp_ntz",
                        "TIMESTAMP_NTZ",
                        8,
                        "TimestampNTZType"),
                new Names(DataTypes.NullType, "void", "void", "VOID", 1, "NullType"),
                new Names(
                        new DecimalType(10, 2),
                        "decimal(10,2)",
                        "decimal(10,2)",
                        "DECIMAL(10,2)",
                        8,
                        "DecimalType(10,2)"),
                new Names(
                        new DecimalType(38, 18),
                        "decimal(38,18)",
                        "decimal(38,18)",
                        "DECIMAL(38,18)",
                        16,
                        "DecimalType(38,18)"));
        for (Names names : expected) {
            DataType type = names.type();
            assertThat(type.typeName()).as("typeName of %s", type).isEqualTo(names.typeName());
            assertThat(type.simpleString()).as("simpleString of %s", type).isEqualTo(names.simpleString());
            assertThat(type.catalogString()).as("catalogString of %s", type).isEqualTo(names.simpleString());
            assertThat(type.sql()).as("sql of %s", type).isEqualTo(names.sql());
            assertThat(type.defaultSize()).as("defaultSize of %s", type).isEqualTo(names.defaultSize());
            assertThat(type.toString()).isEqualTo(names.string());
        }
    }

    @Test
    void nestedTypesHaveSparksNames() {
        ArrayType array = DataTypes.createArrayType(DataTypes.IntegerType);
        assertThat(array.typeName()).isEqualTo("array");
        assertThat(array.simpleString()).isEqualTo("array<int>");
        assertThat(array.sql()).isEqualTo("ARRAY<INT>");
        assertThat(array.toString()).isEqualTo("ArrayType(IntegerType,true)");
        assertThat(array.defaultSize()).isEqualTo(4);

        MapType map = DataTypes.createMapType(DataTypes.StringType, array, false);
        assertThat(map.typeName()).isEqualTo("map");
        assertThat(map.simpleString()).isEqualTo("map<string,array<int>>");
        assertThat(map.sql()).isEqualTo("MAP<STRING, ARRAY<INT>>");
        assertThat(map.toString()).isEqualTo("MapType(StringType,ArrayType(IntegerType,true),false)");
        assertThat(map.defaultSize()).isEqualTo(24);

        StructType struct = new StructType()
                .add("a", DataTypes.IntegerType)
                .add("b", DataTypes.StringType, false)
                .add("c d", map);
        assertThat(struct.typeName()).isEqualTo("struct");
        assertThat(struct.simpleString()).isEqualTo("struct<a:int,b:string,c d:map<string,array<int>>>");
        assertThat(struct.sql()).isEqualTo("STRUCT<a: INT, b: STRING NOT NULL, `c d`: MAP<STRING, ARRAY<INT>>>");
        assertThat(struct.toDDL()).isEqualTo("a INT,b STRING NOT NULL,`c d` MAP<STRING, ARRAY<INT>>");
        assertThat(struct.defaultSize()).isEqualTo(4 + 20 + 24);
        assertThat(struct.toString())
                .isEqualTo("StructType(StructField(a,IntegerType,true),StructField(b,StringType,false),"
                        + "StructField(c d,MapType(StringType,ArrayType(IntegerType,true),false),true))");
    }

    @Test
    void equalityIsByContentAndHashCodesAgree() {
        assertThat(new DecimalType(10, 2)).isEqualTo(DataTypes.createDecimalType(10, 2));
        assertThat(new DecimalType(10, 2)).isNotEqualTo(new DecimalType(10, 3));
        assertThat(new DecimalType(10, 2).hashCode()).isEqualTo(new DecimalType(10, 2).hashCode());
        assertThat(DataTypes.createArrayType(DataTypes.LongType))
                .isEqualTo(new ArrayType(DataTypes.LongType, true))
                .isNotEqualTo(new ArrayType(DataTypes.LongType, false));
        assertThat(DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType))
                .isEqualTo(new MapType(DataTypes.StringType, DataTypes.LongType, true))
                .hasSameHashCodeAs(new MapType(DataTypes.StringType, DataTypes.LongType, true));
        assertThat(DataTypes.LongType).isEqualTo(LongType.INSTANCE).isNotEqualTo(DataTypes.IntegerType);
        assertThat(DataTypes.LongType.hashCode()).isEqualTo("long".hashCode());
        StructType a = new StructType().add("x", DataTypes.LongType);
        assertThat(a)
                .isEqualTo(new StructType().add("x", DataTypes.LongType))
                .hasSameHashCodeAs(new StructType().add("x", DataTypes.LongType));
        assertThat(a).isNotEqualTo(new StructType().add("x", DataTypes.LongType, false));
    }

    @Test
    void typePredicatesFollowSparksHierarchy() {
        assertThat(DataTypes.LongType).isInstanceOf(IntegralType.class).isInstanceOf(NumericType.class);
        assertThat(DataTypes.DoubleType).isInstanceOf(FractionalType.class);
        assertThat(new DecimalType(5, 1)).isInstanceOf(FractionalType.class);
        assertThat(DataTypes.StringType).isNotInstanceOf(NumericType.class);
        assertThat(DataTypes.DateType).isNotInstanceOf(NumericType.class);
    }

    @Test
    void decimalsCheckPrecisionAndScale() {
        assertThat(DecimalType.SYSTEM_DEFAULT).isEqualTo(new DecimalType(38, 18));
        assertThat(DecimalType.USER_DEFAULT).isEqualTo(new DecimalType(10, 0));
        assertThat(DataTypes.createDecimalType()).isEqualTo(DecimalType.USER_DEFAULT);
        assertThatThrownBy(() -> new DecimalType(39, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("precision 39");
        assertThatThrownBy(() -> new DecimalType(5, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scale 6");
        assertThatThrownBy(() -> new DecimalType(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void asNullableSetsEveryFlagAtEveryDepth() {
        StructType strict = new StructType()
                .add("a", new ArrayType(new MapType(DataTypes.StringType, DataTypes.LongType, false), false), false);
        StructType nullable = new StructType()
                .add("a", new ArrayType(new MapType(DataTypes.StringType, DataTypes.LongType, true), true), true);
        assertThat(strict.asNullable()).isEqualTo(nullable);
        assertThat(DataTypes.LongType.asNullable()).isSameAs(DataTypes.LongType);
    }

    @Test
    void factoriesMakeWhatSparksDo() {
        StructField field = DataTypes.createStructField("a", DataTypes.LongType, false);
        assertThat(field.name()).isEqualTo("a");
        assertThat(field.dataType()).isEqualTo(DataTypes.LongType);
        assertThat(field.nullable()).isFalse();
        assertThat(field.toString()).isEqualTo("StructField(a,LongType,false)");
        assertThat(DataTypes.createStructType(List.of(field)))
                .isEqualTo(DataTypes.createStructType(new StructField[] {field}));
        assertThat(DataTypes.createArrayType(DataTypes.LongType, false).containsNull())
                .isFalse();
        assertThat(DataTypes.createMapType(DataTypes.LongType, DataTypes.LongType)
                        .valueContainsNull())
                .isTrue();
    }

    @Test
    void fieldsCarryComments() {
        StructField field = new StructField("a", DataTypes.LongType).withComment("it's the key");
        assertThat(field.getComment()).contains("it's the key");
        assertThat(field.toDDL()).isEqualTo("a BIGINT COMMENT 'it\\'s the key'");
        assertThat(field).isNotEqualTo(new StructField("a", DataTypes.LongType));
        assertThat(new StructField("a", DataTypes.LongType).getComment()).isEmpty();
    }
}
