package io.rivulet.sql.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.Cast;
import io.rivulet.sql.expr.EvalMode;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.LambdaFunction;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.UnresolvedAttribute;
import io.rivulet.sql.expr.UnresolvedExtractValue;
import io.rivulet.sql.expr.UnresolvedFunction;
import io.rivulet.sql.expr.UnresolvedNamedLambdaVariable;
import io.rivulet.sql.expr.UnresolvedStar;
import io.rivulet.sql.expr.WindowExpression;
import io.rivulet.sql.expr.WindowFrame;
import io.rivulet.sql.types.DataTypes;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden trees of expressions: the SQL text, the plan form ({@code toString()}, as Spark prints its parsed
 * expressions; each expected string here is what Spark 4.0's parser prints for the same text, but for calls of
 * registry functions, which Spark resolves early and Rivulet prints as calls: {@code 'rlike('a, x)}) and the SQL
 * form ({@code sql()}).
 */
class ExpressionParserTest {
    static final ParserOptions UTC = new ParserOptions(true, ZoneOffset.UTC);

    static Expression parse(String text) {
        return SqlParser.parseExpression(text, UTC);
    }

    static String tree(String text) {
        return parse(text).toString().replaceAll("#\\d+", "#_");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " => ",
            quoteCharacter = '"',
            value = {
                // arithmetic, bitwise and concatenation
                "a + 1                  => ('a + 1)",
                "a - b * c / d % e      => ('a - ((('b * 'c) / 'd) % 'e))",
                "a DIV b                => ('a div 'b)",
                "a || b                 => 'concat('a, 'b)",
                "a & b | c ^ d          => (('a & 'b) | ('c ^ 'd))",
                "~a                     => ~'a",
                "-a                     => -'a",
                "+a                     => 'positive('a)",
                "-(1)                   => -1",
                // comparisons
                "a = b                  => ('a = 'b)",
                "a == b                 => ('a = 'b)",
                "a <=> b                => ('a <=> 'b)",
                "a <> b                 => NOT ('a = 'b)",
                "a != b                 => NOT ('a = 'b)",
                "a < b                  => ('a < 'b)",
                "a <= b                 => ('a <= 'b)",
                "a > b                  => ('a > 'b)",
                "a >= b                 => ('a >= 'b)",
                // logic and predicates
                "a AND b OR c AND NOT d => (('a AND 'b) OR ('c AND NOT 'd))",
                "! a                    => NOT 'a",
                "a IS NULL              => 'isnull('a)",
                "a IS NOT NULL          => 'isnotnull('a)",
                "a IS TRUE              => ('a <=> true)",
                "a IS NOT TRUE          => NOT ('a <=> true)",
                "a IS FALSE             => ('a <=> false)",
                "a IS NOT FALSE         => NOT ('a <=> false)",
                "a IS UNKNOWN           => 'isnull('a)",
                "a IS DISTINCT FROM b   => NOT ('a <=> 'b)",
                "a IS NOT DISTINCT FROM b => ('a <=> 'b)",
                "a BETWEEN 1 AND 2      => 'between('a, 1, 2)",
                "a NOT BETWEEN 1 AND 2  => NOT 'between('a, 1, 2)",
                "a IN (1, 2)            => 'a IN (1,2)",
                "a NOT IN (1, 2)        => NOT 'a IN (1,2)",
                "a LIKE 'x%'            => 'a LIKE x%",
                "a NOT LIKE 'x%'        => NOT 'a LIKE x%",
                "a LIKE 'x!%' ESCAPE '!' => 'a LIKE x!% ESCAPE '!'",
                "a ILIKE 'X%'           => 'a ILIKE X%",
                "a RLIKE 'x+'           => 'rlike('a, x+)",
                "a REGEXP 'x+'          => 'rlike('a, x+)",
                "a NOT RLIKE 'x'        => NOT 'rlike('a, x)",
                // CASE, casts
                "CASE WHEN a THEN 1 WHEN b THEN 2 END        => CASE WHEN 'a THEN 1 WHEN 'b THEN 2 END",
                "CASE x WHEN 1 THEN 'a' ELSE 'b' END          => CASE WHEN ('x = 1) THEN a ELSE b END",
                "CAST(a AS DECIMAL(10,2))                     => cast('a as decimal(10,2))",
                "TRY_CAST(a AS STRING)                        => try_cast('a as string)",
                "a::int                                       => cast('a as int)",
                "-a.b::int                                    => -cast('a.b as int)",
                "CAST(a AS ARRAY<STRUCT<x: INT>>)              => cast('a as array<struct<x:int>>)",
                // calls
                "count(*)               => 'count(1)",
                "COUNT(*)               => 'COUNT(1)",
                "count(DISTINCT a, b)   => 'count(distinct 'a, 'b)",
                "count(ALL a)           => 'count('a)",
                "f()                    => 'f()",
                "`x`.`y`(1)             => 'x.y(1)",
                "left(s, 2)             => 'left('s, 2)",
                "struct(a, b AS c)      => 'struct('a, 'b AS c#_)",
                "(a, b)                 => 'struct('a, 'b)",
                "array(1, 2)            => 'array(1, 2)",
                "map('k', 1)            => 'map(k, 1)",
                "first(a IGNORE NULLS)  => 'first('a, true)",
                "last(a)                => 'last('a)",
                "extract(YEAR FROM d)   => 'extract(YEAR, 'd)",
                "substring(s FROM 2 FOR 3) => 'substring('s, 2, 3)",
                "current_date           => 'current_date",
                // names, fields, subscripts, stars
                "a.b.c                  => 'a.b.c",
                "a.b[1].c               => 'a.b[1][c]",
                "a[0]['k']              => 'a[0][k]",
                "f(a)[0]                => 'f('a)[0]",
                "(a + b).c              => ('a + 'b)[c]",
                "*                      => *",
                "t.*                    => t.*",
                "a.b.*                  => a.b.*",
                // aliases
                "a + 1 AS b             => ('a + 1) AS b#_",
                "a b                    => 'a AS b#_",
                // lambdas
                "x -> x + 1             => lambdafunction((lambda 'x + 1), lambda 'x, false)",
                "(a, b) -> a + b        => lambdafunction((lambda 'a + lambda 'b), lambda 'a, lambda 'b, false)",
                // intervals, as calls until Rivulet has interval types
                "INTERVAL 1 DAY                          => 'make_dt_interval(1, 0, 0, 0.000000)",
                "INTERVAL 2 HOURS 30 MINUTES             => 'make_dt_interval(0, 2, 30, 0.000000)",
                "INTERVAL 1 WEEK 3 MILLISECONDS           => 'make_dt_interval(7, 0, 0, 0.003000)",
                "INTERVAL 1.5 SECOND                     => 'make_dt_interval(0, 0, 0, 1.500000)",
                "INTERVAL -'1' DAY                       => 'make_dt_interval(-1, 0, 0, 0.000000)",
                "INTERVAL '1-2' YEAR TO MONTH            => 'make_ym_interval(1, 2)",
                "INTERVAL 14 MONTHS                      => 'make_ym_interval(1, 2)",
                "INTERVAL '1 02:03:04.5' DAY TO SECOND   => 'make_dt_interval(1, 2, 3, 4.500000)",
                "INTERVAL '-1 02:00' DAY TO MINUTE       => 'make_dt_interval(-1, -2, 0, 0.000000)",
                "INTERVAL '02:30' HOUR TO MINUTE         => 'make_dt_interval(0, 2, 30, 0.000000)",
                "INTERVAL '3 days 4 hours'               => 'make_dt_interval(3, 4, 0, 0.000000)",
                "ts + INTERVAL 1 DAY                     => ('ts + 'make_dt_interval(1, 0, 0, 0.000000))",
            })
    void parsesToSparksTree(String sql, String expected) {
        assertThat(tree(sql)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " => ",
            value = {
                "a + 1                   => (a + 1)",
                "NOT a = b               => (NOT (a = b))",
                "a IS NOT NULL           => (a IS NOT NULL)",
                "a IN (1, 2)             => (a IN (1, 2))",
                "-a                      => (- a)",
                "CASE WHEN a THEN 1 END  => CASE WHEN a THEN 1 END",
                "CAST(a AS BIGINT)       => CAST(a AS BIGINT)",
                "upper(name)             => upper(name)",
                "count(DISTINCT a)       => count(DISTINCT a)",
                "x -> x + 1              => x -> (x + 1)",
                "`my col` + 1            => (`my col` + 1)",
                "sum(a) OVER (PARTITION BY b ORDER BY c ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) "
                        + "=> sum(a) OVER (PARTITION BY b ORDER BY c ASC NULLS FIRST ROWS BETWEEN 1 PRECEDING AND"
                        + " CURRENT ROW)",
            })
    void printsAsSql(String sql, String expected) {
        assertThat(parse(sql).sql()).isEqualTo(expected);
    }

    @Test
    void operatorsAreCallsOfTheRegistrysNames() {
        assertThat(parse("a + 1")).isEqualTo(UnresolvedFunction.of("+", UnresolvedAttribute.of("a"), Literal.of(1)));
        assertThat(parse("a <> b"))
                .isEqualTo(UnresolvedFunction.of(
                        "not", UnresolvedFunction.of("=", UnresolvedAttribute.of("a"), UnresolvedAttribute.of("b"))));
        assertThat(parse("a LIKE 'x' ESCAPE '!'"))
                .isEqualTo(
                        UnresolvedFunction.of("like", UnresolvedAttribute.of("a"), Literal.of("x"), Literal.of("!")));
        assertThat(parse("count(DISTINCT a)"))
                .isEqualTo(new UnresolvedFunction("count", List.of(UnresolvedAttribute.of("a")), true));
    }

    @Test
    void precedenceFollowsSpark() {
        // comparison binds looser than |, which binds looser than ^, then &, then + - ||, then * / % DIV
        assertThat(tree("a | b = c")).isEqualTo("(('a | 'b) = 'c)");
        assertThat(tree("a = b | c")).isEqualTo("('a = ('b | 'c))");
        assertThat(tree("a | b ^ c & d + e * f")).isEqualTo("('a | ('b ^ ('c & ('d + ('e * 'f)))))");
        assertThat(tree("a || b + c")).isEqualTo("('concat('a, 'b) + 'c)");
        assertThat(tree("1 + 2 * 3 - 4 / 5 % 6")).isEqualTo("((1 + (2 * 3)) - ((4 / 5) % 6))");
        // left associative
        assertThat(tree("a - b - c")).isEqualTo("(('a - 'b) - 'c)");
        assertThat(tree("a = b = c")).isEqualTo("(('a = 'b) = 'c)");
        // unary minus below :: and subscripts, above *
        assertThat(tree("-a * b")).isEqualTo("(-'a * 'b)");
        assertThat(tree("-a[0]")).isEqualTo("-'a[0]");
        // predicates over whole value expressions; NOT over predicates; AND over NOT; OR last
        assertThat(tree("a + 1 IS NULL")).isEqualTo("'isnull(('a + 1))");
        assertThat(tree("a = b IS NULL")).isEqualTo("'isnull(('a = 'b))");
        assertThat(tree("NOT a BETWEEN 1 AND 2 AND c")).isEqualTo("(NOT 'between('a, 1, 2) AND 'c)");
        assertThat(tree("a OR b AND c")).isEqualTo("('a OR ('b AND 'c))");
        assertThat(tree("NOT a OR b")).isEqualTo("(NOT 'a OR 'b)");
        assertThat(tree("(a OR b) AND c")).isEqualTo("(('a OR 'b) AND 'c)");
        assertThat(tree("a + b LIKE c || d")).isEqualTo("('a + 'b) LIKE 'concat('c, 'd)");
    }

    @Test
    void aLeadingMinusBelongsToANumber() {
        assertThat(parse("-1")).isEqualTo(Literal.of(-1));
        assertThat(parse("- 1")).isEqualTo(Literal.of(-1));
        assertThat(parse("- - 1")).isEqualTo(UnresolvedFunction.of("negative", Literal.of(-1)));
        assertThat(parse("1 -1")).isEqualTo(UnresolvedFunction.of("-", Literal.of(1), Literal.of(1)));
        assertThat(parse("-2147483648")).isEqualTo(Literal.of(Integer.MIN_VALUE));
    }

    @Test
    void keywordsAreCaseInsensitive() {
        assertThat(parse("a iS nOt NuLl")).isEqualTo(parse("a IS NOT NULL"));
        assertThat(parse("CaSe WhEn a ThEn 1 eLsE 2 EnD")).isEqualTo(parse("CASE WHEN a THEN 1 ELSE 2 END"));
        assertThat(parse("cast(a as BiGiNt)")).isEqualTo(parse("CAST(a AS BIGINT)"));
        assertThat(parse("TrUe")).isEqualTo(Literal.TRUE);
        // names keep their case
        assertThat(parse("MyCol")).isEqualTo(UnresolvedAttribute.of("MyCol"));
    }

    @Test
    void keywordsAreIdentifiersWhereOneMayStand() {
        assertThat(parse("select")).isEqualTo(UnresolvedAttribute.of("select"));
        assertThat(parse("t.from + x"))
                .isEqualTo(
                        UnresolvedFunction.of("+", UnresolvedAttribute.of("t", "from"), UnresolvedAttribute.of("x")));
        assertThat(parse("left + right"))
                .isEqualTo(UnresolvedFunction.of("+", UnresolvedAttribute.of("left"), UnresolvedAttribute.of("right")));
        assertThat(parse("date")).isEqualTo(UnresolvedAttribute.of("date"));
        assertThat(parse("null")).isEqualTo(Literal.ofNull(DataTypes.NullType));
    }

    @Test
    void backquotedIdentifiers() {
        assertThat(parse("`a``b`.`c d`")).isEqualTo(UnresolvedAttribute.of("a`b", "c d"));
        assertThat(parse("`a.b`")).isEqualTo(UnresolvedAttribute.of("a.b"));
        assertThat(parse("`select`")).isEqualTo(UnresolvedAttribute.of("select"));
        assertThat(parse("`1a`")).isEqualTo(UnresolvedAttribute.of("1a"));
        assertThat(parse("`` ")).isEqualTo(UnresolvedAttribute.of(""));
        assertThat(parse("x AS `my alias`"))
                .isInstanceOfSatisfying(Alias.class, a -> assertThat(a.name()).isEqualTo("my alias"));
    }

    @Test
    void fieldsOfColumnsStayNameParts() {
        assertThat(parse("a.b")).isEqualTo(UnresolvedAttribute.of("a", "b"));
        assertThat(parse("a.b[0].c"))
                .isEqualTo(new UnresolvedExtractValue(
                        new UnresolvedExtractValue(UnresolvedAttribute.of("a", "b"), Literal.of(0)), Literal.of("c")));
        assertThat(parse("t.*")).isEqualTo(new UnresolvedStar(List.of("t")));
    }

    @Test
    void castsAreAnsiUnlessTheSessionIsNot() {
        assertThat(parse("CAST(a AS INT)"))
                .isEqualTo(new Cast(UnresolvedAttribute.of("a"), DataTypes.IntegerType, EvalMode.ANSI));
        assertThat(SqlParser.parseExpression("CAST(a AS INT)", new ParserOptions(false, ZoneOffset.UTC)))
                .isEqualTo(new Cast(UnresolvedAttribute.of("a"), DataTypes.IntegerType, EvalMode.LEGACY));
        assertThat(SqlParser.parseExpression("a::INT", new ParserOptions(false, ZoneOffset.UTC)))
                .isEqualTo(new Cast(UnresolvedAttribute.of("a"), DataTypes.IntegerType, EvalMode.LEGACY));
        assertThat(SqlParser.parseExpression("TRY_CAST(a AS INT)", new ParserOptions(false, ZoneOffset.UTC)))
                .isEqualTo(new Cast(UnresolvedAttribute.of("a"), DataTypes.IntegerType, EvalMode.TRY));
        assertThat(parse("CAST(a AS VARCHAR(3))"))
                .isEqualTo(new Cast(UnresolvedAttribute.of("a"), DataTypes.StringType, EvalMode.ANSI));
    }

    @Test
    void windows() {
        WindowExpression w = (WindowExpression)
                parse("sum(a) OVER (PARTITION BY b, c ORDER BY d DESC ROWS BETWEEN 2 PRECEDING AND 3 FOLLOWING)");
        assertThat(w.spec().partitionSpec()).containsExactly(UnresolvedAttribute.of("b"), UnresolvedAttribute.of("c"));
        assertThat(w.spec().orderSpec()).hasSize(1);
        assertThat(w.spec().orderSpec().get(0).ascending()).isFalse();
        assertThat(w.spec().orderSpec().get(0).nullsFirst()).isFalse();
        assertThat(w.spec().frame()).contains(new WindowFrame(WindowFrame.FrameType.ROWS, -2, 3, true));
        assertThat(tree("rank() OVER (ORDER BY a DESC NULLS LAST)"))
                .isEqualTo("'rank() windowspecdefinition('a DESC NULLS LAST)");
        assertThat(tree("sum(a) OVER (RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)"))
                .isEqualTo("'sum('a) windowspecdefinition(rangeBetween(unboundedpreceding$(), unboundedfollowing$()))");
        assertThat(tree("sum(a) OVER (ORDER BY b ROWS 2 PRECEDING)"))
                .isEqualTo("'sum('a) windowspecdefinition('b ASC NULLS FIRST, rowsBetween(-2, currentrow$()))");
        assertThat(tree("count(*) OVER ()")).isEqualTo("'count(1) windowspecdefinition()");
        assertThat(tree("sum(a) OVER (DISTRIBUTE BY b SORT BY c)"))
                .isEqualTo("'sum('a) windowspecdefinition('b, 'c ASC NULLS FIRST)");
        assertThat(tree("sum(a) OVER (CLUSTER BY b)")).isEqualTo("'sum('a) windowspecdefinition('b)");
    }

    @Test
    void lambdaBodiesReadTheirNamesAsVariables() {
        LambdaFunction lambda = (LambdaFunction) parse("(acc, x) -> acc + x * y");
        assertThat(lambda.arguments())
                .containsExactly(
                        new UnresolvedNamedLambdaVariable(List.of("acc")),
                        new UnresolvedNamedLambdaVariable(List.of("x")));
        assertThat(lambda.function().collect(e -> e instanceof UnresolvedAttribute))
                .isEmpty();
        assertThat(tree("transform(a, x -> x + 1)"))
                .isEqualTo("'transform('a, lambdafunction((lambda 'x + 1), lambda 'x, false))");
    }
}
