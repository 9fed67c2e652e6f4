package io.rivulet.sql.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tree strings (printSchema) and lookups. The tree format follows Spark's {@code StructField.buildFormattedString},
 * {@code ArrayType.buildFormattedString} and {@code MapType.buildFormattedString} (sql/api/.../types): one line per
 * field, element, key and value, children indented by {@code "    |"}, keys without nullability.
 */
class StructTypeTest {
    private static final DataType INT = DataTypes.IntegerType;
    private static final DataType STRING = DataTypes.StringType;

    @Test
    void printSchemaOfTheBriefsExample() {
        StructType schema = new StructType()
                .add("a", DataTypes.LongType)
                .add("s", new StructType().add("c", INT, false))
                .add("arr", DataTypes.createArrayType(INT))
                .add("m", DataTypes.createMapType(STRING, INT));
        assertThat(schema.treeString()).isEqualTo("""
                root
                 |-- a: long (nullable = true)
                 |-- s: struct (nullable = true)
                 |    |-- c: integer (nullable = false)
                 |-- arr: array (nullable = true)
                 |    |-- element: integer (containsNull = true)
                 |-- m: map (nullable = true)
                 |    |-- key: string
                 |    |-- value: integer (valueContainsNull = true)
                """);
    }

    @Test
    void arraysOfStructsAndMapsOfArraysNestTheirChildren() {
        StructType point =
                new StructType().add("x", DataTypes.DoubleType, false).add("y", DataTypes.DoubleType);
        StructType schema = new StructType()
                .add("points", new ArrayType(point, false))
                .add("tags", new MapType(STRING, new ArrayType(new DecimalType(10, 2), true), false), false)
                .add("grid", new ArrayType(new ArrayType(INT, false), true))
                .add("byKey", new MapType(point, new MapType(STRING, DataTypes.TimestampType, true), true));
        assertThat(schema.treeString()).isEqualTo("""
                root
                 |-- points: array (nullable = true)
                 |    |-- element: struct (containsNull = false)
                 |    |    |-- x: double (nullable = false)
                 |    |    |-- y: double (nullable = true)
                 |-- tags: map (nullable = false)
                 |    |-- key: string
                 |    |-- value: array (valueContainsNull = false)
                 |    |    |-- element: decimal(10,2) (containsNull = true)
                 |-- grid: array (nullable = true)
                 |    |-- element: array (containsNull = true)
                 |    |    |-- element: integer (containsNull = false)
                 |-- byKey: map (nullable = true)
                 |    |-- key: struct
                 |    |    |-- x: double (nullable = false)
                 |    |    |-- y: double (nullable = true)
                 |    |-- value: map (valueContainsNull = true)
                 |    |    |-- key: string
                 |    |    |-- value: timestamp (valueContainsNull = true)
                """);
    }

    @Test
    void everyAtomicTypePrintsItsTypeName() {
        StructType schema = new StructType()
                .add("b", DataTypes.BooleanType)
                .add("y", DataTypes.ByteType)
                .add("h", DataTypes.ShortType)
                .add("f", DataTypes.FloatType)
                .add("bin", DataTypes.BinaryType)
                .add("d", DataTypes.DateType)
                .add("ntz", DataTypes.TimestampNTZType)
                .add("n", DataTypes.NullType);
        assertThat(schema.treeString()).isEqualTo("""
                root
                 |-- b: boolean (nullable = true)
                 |-- y: byte (nullable = true)
                 |-- h: short (nullable = true)
                 |-- f: float (nullable = true)
                 |-- bin: binary (nullable = true)
                 |-- d: date (nullable = true)
                 |-- ntz: timestamp_ntz (nullable = true)
                 |-- n: void (nullable = true)
                """);
    }

    @Test
    void treeStringStopsAtMaxDepth() {
        StructType schema = new StructType()
                .add("a", new StructType().add("b", new StructType().add("c", INT)))
                .add("l", new ArrayType(new ArrayType(INT, true), true));
        assertThat(schema.treeString(2)).isEqualTo("""
                root
                 |-- a: struct (nullable = true)
                 |    |-- b: struct (nullable = true)
                 |-- l: array (nullable = true)
                 |    |-- element: array (containsNull = true)
                """);
        assertThat(schema.treeString(0)).isEqualTo(schema.treeString());
    }

    /** Spark's DataFrameShowSuite, "SPARK-34308: printSchema: escape meta-characters". */
    @Test
    void treeStringEscapesControlCharactersInNames() {
        StructType schema = new StructType().add("aaa\nbbb\tccc\rddd\feee\bfff\u000Bggg\u0007hhh", STRING, false);
        assertThat(schema.treeString())
                .isEqualTo("root\n |-- aaa\\nbbb\\tccc\\rddd\\feee\\bfff\\vggg\\ahhh: string (nullable = false)\n");
    }

    @Test
    void printTreeStringPrintsTheTreeAndALineBreak() {
        StructType schema = new StructType().add("a", INT);
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            schema.printTreeString();
        } finally {
            System.setOut(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8))
                .isEqualTo("root\n |-- a: integer (nullable = true)\n" + System.lineSeparator());
    }

    @Test
    void lookupsByNameAndIndex() {
        StructType schema =
                new StructType().add("a", INT).add("b", STRING, false).add("Cc", DataTypes.LongType);
        assertThat(schema.fieldIndex("b")).isEqualTo(1);
        assertThat(schema.apply("b")).isEqualTo(new StructField("b", STRING, false));
        assertThat(schema.field("a").dataType()).isEqualTo(INT);
        assertThat(schema.apply(2).name()).isEqualTo("Cc");
        assertThat(schema.getFieldIndex("b")).hasValue(1);
        assertThat(schema.getFieldIndex("zz")).isEmpty();
        assertThat(schema.getFieldIndex("cc")).isEmpty();
        assertThat(schema.getFieldIndexCaseInsensitive("cC")).hasValue(2);
        assertThat(schema.fieldNames()).containsExactly("a", "b", "Cc");
        assertThat(schema.names()).containsExactly("a", "b", "Cc");
        assertThat(schema.length()).isEqualTo(3);
        assertThat(schema.size()).isEqualTo(3);
        List<String> iterated = new ArrayList<>();
        schema.forEach(field -> iterated.add(field.name()));
        assertThat(iterated).containsExactly("a", "b", "Cc");
    }

    @Test
    void aMissingNameIsAnErrorNamingItAndTheFields() {
        StructType schema = new StructType().add("a", INT).add("b", STRING);
        assertThatThrownBy(() -> schema.fieldIndex("c"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No such struct field `c` in `a`, `b`");
        assertThatThrownBy(() -> schema.apply("c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StructType().fieldIndex("c"))
                .hasMessage("No such struct field `c` in an empty struct");
    }

    @Test
    void duplicateNamesAreAllowedButLookingThemUpIsAmbiguous() {
        StructType schema = new StructType().add("id", INT).add("name", STRING).add("id", DataTypes.LongType);
        assertThat(schema.length()).isEqualTo(3);
        assertThat(schema.fieldIndex("name")).isEqualTo(1);
        assertThatThrownBy(() -> schema.fieldIndex("id"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ambiguous struct field `id`: several fields have that name in `id`, `name`, `id`");
        assertThatThrownBy(() -> schema.getFieldIndex("id")).isInstanceOf(IllegalArgumentException.class);
        StructType cases = new StructType().add("x", INT).add("X", INT);
        assertThat(cases.fieldIndex("X")).isEqualTo(1);
        assertThatThrownBy(() -> cases.getFieldIndexCaseInsensitive("x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ambiguous");
    }

    @Test
    void structsAreImmutable() {
        StructField[] fields = {new StructField("a", INT)};
        StructType schema = new StructType(fields);
        fields[0] = new StructField("b", INT);
        assertThat(schema.fieldNames()).containsExactly("a");
        schema.fields()[0] = new StructField("c", INT);
        assertThat(schema.fieldNames()).containsExactly("a");
        StructType added = schema.add("d", STRING);
        assertThat(schema.length()).isEqualTo(1);
        assertThat(added.fieldNames()).containsExactly("a", "d");
        assertThatThrownBy(() -> schema.fieldList().add(new StructField("e", INT)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /**
     * Spark 4's SparkStringUtils.truncatedString (after SPARK-50579) with spark.sql.debug.maxToStringFields = 25:
     * 25 fields, then the count of the others; catalogString never cuts.
     */
    @Test
    void simpleStringCutsLongStructs() {
        StructType wide = new StructType();
        for (int i = 0; i < 30; i++) {
            wide = wide.add("c" + i, INT);
        }
        assertThat(wide.simpleString()).startsWith("struct<c0:int,c1:int,").endsWith(",c24:int,... 5 more fields>");
        assertThat(wide.catalogString()).endsWith(",c28:int,c29:int>");
    }

    @Test
    void namesAreQuotedInSqlOnlyWhenNeeded() {
        StructType schema = new StructType()
                .add("plain_1", INT)
                .add("123", INT)
                .add("with space", INT)
                .add("back`tick", INT);
        assertThat(schema.toDDL()).isEqualTo("plain_1 INT,`123` INT,`with space` INT,`back``tick` INT");
    }
}
