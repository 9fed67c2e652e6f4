package io.rivulet.sql.expr;

import static io.rivulet.sql.expr.Exprs.batch;
import static io.rivulet.sql.expr.Exprs.col;
import static io.rivulet.sql.expr.Exprs.eval;
import static io.rivulet.sql.expr.Exprs.evalConstant;
import static io.rivulet.sql.expr.Exprs.evalOver;
import static io.rivulet.sql.expr.Exprs.lit;
import static io.rivulet.sql.expr.Exprs.vector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.types.DataType;
import io.rivulet.sql.types.DataTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringFunctionTest {
    private static final DataType STRING = DataTypes.StringType;

    private static Object f(String name, Object... args) {
        Expression[] e = new Expression[args.length];
        for (int i = 0; i < args.length; i++) {
            e[i] = args[i] instanceof Expression x ? x : lit(args[i]);
        }
        return evalConstant(ScalarFunction.of(name, e));
    }

    @Test
    void caseAndTrimOnAsciiAndUnicode() {
        assertThat(evalOver(STRING, c -> new StringUnary(StringUnary.Kind.UPPER, c), "abc", "straße", null, ""))
                .containsExactly("ABC", "STRASSE", null, "");
        assertThat(evalOver(STRING, c -> new StringUnary(StringUnary.Kind.LOWER, c), "AbC", "ÄÖ"))
                .containsExactly("abc", "äö");
        assertThat(evalOver(STRING, c -> new StringUnary(StringUnary.Kind.INITCAP, c), "sPark sql", "élan vital"))
                .containsExactly("Spark Sql", "Élan Vital");
        assertThat(evalOver(STRING, c -> new StringUnary(StringUnary.Kind.TRIM, c), "  a b  ", "\ta ", "   "))
                .containsExactly("a b", "\ta", "");
        assertThat(evalOver(STRING, c -> new StringUnary(StringUnary.Kind.LTRIM, c), "  a  "))
                .containsExactly("a  ");
        assertThat(evalOver(STRING, c -> new StringUnary(StringUnary.Kind.RTRIM, c), "  a  "))
                .containsExactly("  a");
        assertThat(evalOver(STRING, c -> new StringUnary(StringUnary.Kind.REVERSE, c), "abc", "héllo"))
                .containsExactly("cba", "olléh");
        assertThat(new StringUnary(StringUnary.Kind.UPPER, UnresolvedAttribute.of("n")).sql())
                .isEqualTo("upper(n)");
    }

    @Test
    void lengthCountsCharactersOfStringsAndBytesOfBinaries() {
        assertThat(evalOver(STRING, Length::new, "Spark SQL ", "héllo", "", null))
                .containsExactly(10, 5, 0, null);
        assertThat(evalOver(STRING, c -> new Length(c, "octet_length"), "héllo"))
                .containsExactly(6);
        assertThat(evalOver(STRING, c -> new Length(c, "bit_length"), "ab")).containsExactly(16);
        assertThat(evalOver(DataTypes.BinaryType, Length::new, (Object) new byte[3]))
                .containsExactly(3);
        assertThat(new Length(lit("x"), "char_length").sql()).isEqualTo("char_length(x)");
    }

    @Test
    void substringFollowsSparksPositions() {
        assertThat(evalOver(STRING, c -> new Substring(c, lit(5), lit(Integer.MAX_VALUE)), "Spark SQL"))
                .containsExactly("k SQL");
        assertThat(evalOver(STRING, c -> new Substring(c, lit(-3), lit(2)), "Spark SQL"))
                .containsExactly("SQ");
        assertThat(evalOver(STRING, c -> new Substring(c, lit(0), lit(2)), "Spark"))
                .containsExactly("Sp");
        assertThat(evalOver(STRING, c -> new Substring(c, lit(-10), lit(7)), "Spark"))
                .containsExactly("Sp");
        assertThat(evalOver(STRING, c -> new Substring(c, lit(2), lit(3)), "héllo", "", null))
                .containsExactly("éll", "", null);
        assertThat(evalOver(STRING, c -> new Substring(c, lit(9), lit(3)), "abc"))
                .containsExactly("");
        assertThat(new Substring(lit("Spark SQL"), lit(5), lit(Integer.MAX_VALUE)).sql())
                .isEqualTo("substring(Spark SQL, 5, 2147483647)");
        assertThat(Substring.window(5, -3, Integer.MAX_VALUE)).containsExactly(2, 5);
    }

    @Test
    void rowByRowStringFunctions() {
        assertThat(f("concat", "Spark", "SQL")).isEqualTo("SparkSQL");
        assertThat(f("concat", lit("a"), Literal.ofNull(STRING))).isNull();
        assertThat(f("concat_ws", " ", "Spark", Literal.ofNull(STRING), "SQL")).isEqualTo("Spark SQL");
        assertThat(f("split", "oneAtwoBthreeC", "[ABC]", -1)).isEqualTo(List.of("one", "two", "three", ""));
        assertThat(f("split", "a,b,c", ",", 2)).isEqualTo(List.of("a", "b,c"));
        assertThat(f("split", "a,b,,", ",", 0)).isEqualTo(List.of("a", "b", "", ""));
        assertThat(f("regexp_replace", "100-200", "(\\d+)", "num", 1)).isEqualTo("num-num");
        assertThat(f("regexp_replace", "100-200", "(\\d+)", "num", 4)).isEqualTo("100-num");
        assertThat(f("regexp_extract", "100-200", "(\\d+)-(\\d+)", 1)).isEqualTo("100");
        assertThat(f("regexp_extract", "abc", "(\\d+)", 1)).isEqualTo("");
        assertThatThrownBy(() -> f("regexp_extract", "1", "(\\d)", 2))
                .hasMessageStartingWith("[INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX]");
        assertThat(f("lpad", "hi", 5, "??")).isEqualTo("???hi");
        assertThat(f("lpad", "hi", 1, "??")).isEqualTo("h");
        assertThat(f("rpad", "hi", 5, "ab")).isEqualTo("hiaba");
        assertThat(f("rpad", "hi", -1, "ab")).isEqualTo("");
        assertThat(f("repeat", "123", 2)).isEqualTo("123123");
        assertThat(f("instr", "SparkSQL", "SQL")).isEqualTo(6);
        assertThat(f("locate", "bar", "foobarbar", 1)).isEqualTo(4);
        assertThat(f("locate", "bar", "foobarbar", 5)).isEqualTo(7);
        assertThat(f("locate", "bar", "foobarbar", 0)).isEqualTo(0);
        assertThat(f("translate", "AaBbCc", "abc", "12")).isEqualTo("A1B2C");
        assertThat(f("replace", "ABCabc", "abc", "DEF")).isEqualTo("ABCDEF");
        assertThat(f("left", "Spark SQL", 3)).isEqualTo("Spa");
        assertThat(f("right", "Spark SQL", 3)).isEqualTo("SQL");
        assertThat(f("right", "Spark", -1)).isEqualTo("");
        assertThat(f("format_string", "Hello World %d %s", 100, "days")).isEqualTo("Hello World 100 days");
        assertThat(f("substring_index", "www.apache.org", ".", 2)).isEqualTo("www.apache");
        assertThat(f("substring_index", "www.apache.org", ".", -2)).isEqualTo("apache.org");
        assertThat(f("ascii", "222")).isEqualTo(50);
        assertThat(f("levenshtein", "kitten", "sitting")).isEqualTo(3);
        assertThat(f("md5", lit("Spark").dataType() == STRING ? new Cast(lit("Spark"), DataTypes.BinaryType) : null))
                .isEqualTo("8cde774d6f7333752ed72cacddb05126");
        assertThat(f("sha2", new Cast(lit("Spark"), DataTypes.BinaryType), 256))
                .isEqualTo("529bc3b07127ecb7e53a4dcf1991d9152c24537d919178022b2c42657f79a26b");
        assertThat(f("crc32", new Cast(lit("Spark"), DataTypes.BinaryType))).isEqualTo(1557323817L);
        assertThat(f("hex", 17L)).isEqualTo("11");
    }

    @Test
    void kernelsSeeOneRowAtATimeOverWholeVectors() {
        List<Object> got = eval(
                ScalarFunction.of("lpad", col(0, STRING), col(1, DataTypes.IntegerType), lit("*")),
                batch(vector(STRING, "a", null, "abc"), vector(DataTypes.IntegerType, 3, 3, null)));
        assertThat(got).containsExactly("**a", null, null);
        assertThat(ScalarFunction.of("lpad", UnresolvedAttribute.of("s"), lit(5), lit("?"))
                        .sql())
                .isEqualTo("lpad(s, 5, ?)");
    }
}
