package io.rivulet.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.ParseException;
import io.rivulet.sql.types.ArrayType;
import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import io.rivulet.sql.types.DecimalType;
import io.rivulet.sql.types.MapType;
import io.rivulet.sql.types.StructField;
import io.rivulet.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Types as CAST and DDL write them, and table schemas ({@code StructType.fromDDL}). */
class DataTypeParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " => ",
            value = {
                "BOOLEAN => boolean",
                "TINYINT => tinyint",
                "BYTE => tinyint",
                "SMALLINT => smallint",
                "SHORT => smallint",
                "INT => int",
                "INTEGER => int",
                "BIGINT => bigint",
                "LONG => bigint",
                "FLOAT => float",
                "REAL => float",
                "DOUBLE => double",
                "DECIMAL => decimal(10,0)",
                "DECIMAL(5) => decimal(5,0)",
                "DEC(10, 2) => decimal(10,2)",
                "NUMERIC(38,38) => decimal(38,38)",
                "STRING => string",
                "VARCHAR(10) => string",
                "CHAR(3) => string",
                "CHARACTER(3) => string",
                "BINARY => binary",
                "DATE => date",
                "TIMESTAMP => timestamp",
                "TIMESTAMP_LTZ => timestamp",
                "TIMESTAMP_NTZ => timestamp_ntz",
                "VOID => void",
                "int => int",
                "Array<Int> => array<int>",
                "ARRAY<ARRAY<INT>> => array<array<int>>",
                "MAP<STRING, ARRAY<BIGINT>> => map<string,array<bigint>>",
                "STRUCT<a: INT, b STRING> => struct<a:int,b:string>",
                "STRUCT<> => struct<>",
                "STRUCT<`a b`: INT NOT NULL COMMENT 'x'> => struct<a b:int>",
            })
    void types(String text, String simpleString) {
        assertThat(SqlParser.parseDataType(text).simpleString()).isEqualTo(simpleString);
    }

    @Test
    void nestedTypesAreNullableUnlessSaid() {
        assertThat(SqlParser.parseDataType("MAP<INT, ARRAY<STRING>>"))
                .isEqualTo(new MapType(DataTypes.IntegerType, new ArrayType(DataTypes.StringType, true), true));
        StructType struct = (StructType) SqlParser.parseDataType("STRUCT<a: INT NOT NULL COMMENT 'the key', b DATE>");
        assertThat(struct.fields()[0])
                .isEqualTo(new StructField("a", DataTypes.IntegerType, false).withComment("the key"));
        assertThat(struct.fields()[1]).isEqualTo(new StructField("b", DataTypes.DateType, true));
    }

    @Test
    void tableSchemas() {
        StructType schema =
                StructType.fromDDL("a INT NOT NULL, `b c` STRING COMMENT 'it\\'s', d ARRAY<MAP<STRING, DECIMAL(5,2)>>");
        assertThat(schema.toString())
                .isEqualTo("StructType(StructField(a,IntegerType,false),StructField(b c,StringType,"
                        + "true),StructField(d,ArrayType(MapType(StringType,DecimalType(5,2),true),true),true))");
        assertThat(schema.fields()[1].getComment()).contains("it's");
        // toDDL parses back to the same schema
        assertThat(StructType.fromDDL(schema.toDDL())).isEqualTo(schema);
        assertThat(DataType.fromDDL("a INT, b STRING")).isEqualTo(StructType.fromDDL("a INT, b STRING"));
        assertThat(DataType.fromDDL("ARRAY<INT>")).isEqualTo(new ArrayType(DataTypes.IntegerType, true));
        assertThat(SqlParser.parseTableSchema("select INT, from STRING").fieldNames())
                .containsExactly("select", "from");
    }

    @Test
    void badTypes() {
        assertThatThrownBy(() -> SqlParser.parseDataType("foo"))
                .isInstanceOfSatisfying(
                        ParseException.class,
                        e -> assertThat(e.errorMessage())
                                .isEqualTo("[UNSUPPORTED_DATATYPE] Unsupported data type \"FOO\". SQLSTATE: 0A000"));
        assertThatThrownBy(() -> SqlParser.parseDataType("INT(3)"))
                .hasMessageContaining("[UNSUPPORTED_DATATYPE] Unsupported data type \"INT(3)\".");
        assertThatThrownBy(() -> SqlParser.parseDataType("DECIMAL(40,2)"))
                .hasMessageContaining("[DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION] Decimal precision 40 exceeds max"
                        + " precision 38.");
        assertThatThrownBy(() -> SqlParser.parseDataType("DECIMAL(5,7)"))
                .hasMessageContaining("Decimal scale (7) cannot be greater than precision (5).");
        assertThatThrownBy(() -> SqlParser.parseDataType("VARCHAR"))
                .hasMessageContaining("[DATATYPE_MISSING_SIZE] DataType \"VARCHAR\" requires a length parameter,"
                        + " for example \"VARCHAR\"(10). Please specify the length.");
        assertThatThrownBy(() -> SqlParser.parseDataType("MAP"))
                .hasMessageContaining("[INCOMPLETE_TYPE_DEFINITION.MAP]");
        assertThatThrownBy(() -> SqlParser.parseDataType("INTERVAL"))
                .hasMessageContaining("[UNSUPPORTED_DATATYPE] Unsupported data type \"INTERVAL\".");
        assertThatThrownBy(() -> SqlParser.parseDataType("ARRAY<INT")) // no type begins there
                .hasMessageContaining("[PARSE_SYNTAX_ERROR] Syntax error at or near '<'.");
        assertThatThrownBy(() -> StructType.fromDDL("a INT,"))
                .hasMessageContaining("[PARSE_SYNTAX_ERROR] Syntax error at or near end of input.");
        assertThatThrownBy(() -> DataType.fromDDL("a INT b")).isInstanceOf(ParseException.class);
        assertThat(new DecimalType(38, 38)).isEqualTo(SqlParser.parseDataType("DECIMAL(38, 38)"));
    }
}
