package io.rivulet.sql.analysis;

import static io.rivulet.sql.analysis.AnalyzerFixtures.analyze;
import static io.rivulet.sql.analysis.AnalyzerFixtures.col;
import static io.rivulet.sql.analysis.AnalyzerFixtures.select;
import static io.rivulet.sql.analysis.AnalyzerFixtures.t1;
import static io.rivulet.sql.analysis.AnalyzerFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.expr.UnresolvedFunction;
import io.rivulet.sql.expr.UnresolvedStar;
import io.rivulet.sql.expr.WindowExpression;
import io.rivulet.sql.expr.WindowFrame;
import io.rivulet.sql.expr.WindowSpecDefinition;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Generate;
import io.rivulet.sql.plan.LocalRelation;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** ExtractGenerator, ResolveGenerate, ResolveWindowFrame and ExtractWindowExpressions. */
class GeneratorAndWindowRulesTest {
    private static final AnalysisContext CONTEXT =
            new AnalysisContext(AnalyzerFixtures.catalog(), AnalyzerFixtures.CONF);

    private static UnresolvedFunction explode(String column) {
        return UnresolvedFunction.of("explode", col(column));
    }

    private static WindowExpression over(Expression function, List<Expression> partition, List<SortOrder> order) {
        return new WindowExpression(function, new WindowSpecDefinition(partition, order, Optional.empty()));
    }

    @Test
    void aGeneratorInASelectListMovesIntoAGenerateBelowIt() {
        LocalRelation t1 = t1();
        assertThat(tree(analyze(select(t1, col("a"), explode("m"))))).isEqualTo("""
                Project [a#0, key#6, value#7]
                +- Generate explode(m#5), false, [key#6, value#7]
                   +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
        assertThat(tree(analyze(select(t1, UnresolvedStar.ALL, Alias.of(explode("arr"), "x")))))
                .isEqualTo("""
                Project [a#0, b#1, c#2, s#3, arr#4, m#5, x#6]
                +- Generate explode(arr#4), false, [x#6]
                   +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
    }

    @Test
    void severalGeneratorsNestOneGeneratePerGeneratorAsInSpark4() {
        assertThat(tree(analyze(select(t1(), explode("arr"), explode("arr"))))).isEqualTo("""
                Project [col#6, col#7]
                +- Generate explode(arr#4), false, [col#7]
                   +- Generate explode(arr#4), false, [col#6]
                      +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
    }

    @Test
    void aGeneratorInsideAnExpressionOrOutsideASelectIsAnError() {
        assertThatThrownBy(() -> analyze(select(t1(), new TestFunctions.Add(explode("arr"), Literal.of(1)))))
                .hasMessage("[UNSUPPORTED_GENERATOR.NESTED_IN_EXPRESSIONS] The generator is not supported: nested in"
                        + " expressions \"(explode(arr) + 1)\".");
        assertThatThrownBy(() -> analyze(new Filter(new TestFunctions.EqualTo(explode("arr"), Literal.of(1)), t1())))
                .hasMessageStartingWith("[UNSUPPORTED_GENERATOR.OUTSIDE_SELECT] The generator is not supported: outside"
                        + " the SELECT clause, found: 'Filter (explode(arr#");
    }

    @Test
    void aGenerateMadeByTheApiGetsItsColumnsNamedAsAsked() {
        LogicalPlan plan = new Generate(explode("m"), true, List.of("k1", "v1"), List.of(), t1());
        LogicalPlan analyzed = analyze(plan);
        assertThat(tree(analyzed)).isEqualTo("""
                Generate explode(m#5), true, [k1#6, v1#7]
                +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
        assertThat(analyzed.output().get(6).nullable()).isTrue();
        assertThatThrownBy(() -> analyze(new Generate(explode("m"), false, List.of("k"), List.of(), t1())))
                .hasMessage("[UDTF_ALIAS_NUMBER_MISMATCH] The number of aliases supplied in the AS clause does not"
                        + " match the number of columns output by the UDTF.\nExpected 2 aliases, but got `k`.");
        assertThat(new ResolveGenerate().apply(analyzed, CONTEXT)).isEmpty();
    }

    @Test
    void windowExpressionsMoveIntoOneWindowPerSpecWithSparksDefaultFrames() {
        LogicalPlan plan = select(
                t1(),
                col("a"),
                over(UnresolvedFunction.of("row_number"), List.of(col("b")), List.of(SortOrder.asc(col("a")))),
                over(UnresolvedFunction.of("sum", col("a")), List.of(col("b")), List.of()),
                over(UnresolvedFunction.of("count", col("a")), List.of(), List.of(SortOrder.asc(col("a")))),
                over(UnresolvedFunction.of("max", col("a")), List.of(col("b")), List.of()));
        assertThat(tree(analyze(plan))).isEqualTo("""
                Project [a#0, row_number() OVER (PARTITION BY b ORDER BY a ASC NULLS FIRST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)#6, sum(a) OVER (PARTITION BY b ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)#7, count(a) OVER (ORDER BY a ASC NULLS FIRST RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)#9, max(a) OVER (PARTITION BY b ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)#8]
                +- Window [count(a#0) windowspecdefinition(a#0 ASC NULLS FIRST, rangeBetween(unboundedpreceding$(), currentrow$())) AS count(a) OVER (ORDER BY a ASC NULLS FIRST RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)#9], [], [a#0 ASC NULLS FIRST]
                   +- Window [sum(a#0) windowspecdefinition(b#1, rowsBetween(unboundedpreceding$(), unboundedfollowing$())) AS sum(a) OVER (PARTITION BY b ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)#7, max(a#0) windowspecdefinition(b#1, rowsBetween(unboundedpreceding$(), unboundedfollowing$())) AS max(a) OVER (PARTITION BY b ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)#8], [b#1], []
                      +- Window [row_number() windowspecdefinition(b#1, a#0 ASC NULLS FIRST, rowsBetween(unboundedpreceding$(), currentrow$())) AS row_number() OVER (PARTITION BY b ORDER BY a ASC NULLS FIRST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)#6], [b#1], [a#0 ASC NULLS FIRST]
                         +- Project [a#0, b#1]
                            +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
    }

    @Test
    void aWindowInsideAnExpressionIsComputedBelowItUnderAnInternalName() {
        Expression window = over(UnresolvedFunction.of("sum", col("a")), List.of(col("b")), List.of());
        LogicalPlan plan = select(t1(), Alias.of(new TestFunctions.Add(col("b"), window), "x"));
        assertThat(tree(analyze(plan))).isEqualTo("""
                Project [(b#1 + _we0#6) AS x#7]
                +- Window [sum(a#0) windowspecdefinition(b#1, rowsBetween(unboundedpreceding$(), unboundedfollowing$())) AS _we0#6], [b#1], []
                   +- Project [b#1, a#0]
                      +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
    }

    @Test
    void windowFunctionErrorsAreSparks() {
        assertThatThrownBy(() ->
                        analyze(select(t1(), over(UnresolvedFunction.of("row_number"), List.of(col("b")), List.of()))))
                .hasMessage("[_LEGACY_ERROR_TEMP_1037] Window function row_number() requires window to be ordered,"
                        + " please add ORDER BY clause. For example SELECT row_number()(value_expr) OVER (PARTITION BY"
                        + " window_partition ORDER BY window_ordering) from table.");
        assertThatThrownBy(() -> analyze(select(t1(), UnresolvedFunction.of("row_number"))))
                .hasMessage("[WINDOW_FUNCTION_WITHOUT_OVER_CLAUSE] Window function \"row_number()\" requires an OVER"
                        + " clause.");
        Expression rowNumber = over(UnresolvedFunction.of("row_number"), List.of(), List.of(SortOrder.asc(col("a"))));
        assertThatThrownBy(() -> analyze(new Filter(new TestFunctions.EqualTo(rowNumber, Literal.of(1)), t1())))
                .hasMessage("[_LEGACY_ERROR_TEMP_1034] It is not allowed to use window functions inside WHERE clause.");
        assertThatThrownBy(() -> analyze(select(t1(), UnresolvedFunction.of("max", rowNumber))))
                .hasMessage("[_LEGACY_ERROR_TEMP_1031] It is not allowed to use a window function inside an aggregate"
                        + " function. Please use the inner window function in a sub-query.");
        assertThatThrownBy(() ->
                        analyze(select(t1(), over(UnresolvedFunction.of("upper", col("c")), List.of(), List.of()))))
                .hasMessage("[UNSUPPORTED_EXPR_FOR_WINDOW] Expression \"upper(c)\" not supported within a window"
                        + " function.");
    }

    @Test
    void aGivenFrameIsKept() {
        WindowExpression window = new WindowExpression(
                new TestFunctions.Sum(col("a")),
                new WindowSpecDefinition(
                        List.of(),
                        List.of(SortOrder.asc(col("a"))),
                        Optional.of(new WindowFrame(WindowFrame.FrameType.ROWS, -1, 1))));
        assertThat(new ResolveWindowFrame().apply(select(t1(), window), CONTEXT))
                .isEmpty();
    }
}
