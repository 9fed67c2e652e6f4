package io.rivulet.sql.analysis;

import static io.rivulet.sql.analysis.AnalyzerFixtures.analyze;
import static io.rivulet.sql.analysis.AnalyzerFixtures.col;
import static io.rivulet.sql.analysis.AnalyzerFixtures.named;
import static io.rivulet.sql.analysis.AnalyzerFixtures.select;
import static io.rivulet.sql.analysis.AnalyzerFixtures.t1;
import static io.rivulet.sql.analysis.AnalyzerFixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rivulet.sql.expr.Alias;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.expr.UnresolvedFunction;
import io.rivulet.sql.expr.UnresolvedStar;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Distinct;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Sort;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GlobalAggregates, ResolveAggregateFunctions, ResolveMissingReferences and the aggregation checks. */
class AggregateRulesTest {
    private static final AnalysisContext CONTEXT =
            new AnalysisContext(AnalyzerFixtures.catalog(), AnalyzerFixtures.CONF);

    private static UnresolvedFunction call(String name, Expression... arguments) {
        return UnresolvedFunction.of(name, arguments);
    }

    private static Aggregate groupBy(LogicalPlan child, List<Expression> grouping, Expression... outputs) {
        List<NamedExpression> list = java.util.Arrays.stream(outputs)
                .map(e -> e instanceof NamedExpression n ? n : (NamedExpression) named(e))
                .toList();
        return new Aggregate(grouping, list, child);
    }

    @Test
    void aSelectOfAggregatesIsAnAggregationWithoutGrouping() {
        assertThat(tree(analyze(select(t1(), call("count", UnresolvedStar.ALL), call("sum", col("b"))))))
                .isEqualTo("""
                Aggregate [], [count(1) AS count(1)#6, sum(b#1) AS sum(b)#7]
                +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
        assertThat(new GlobalAggregates().apply(select(t1(), col("a")), CONTEXT))
                .isEmpty();
    }

    @Test
    void aColumnBesideAggregatesNeedsAGroupBy() {
        assertThatThrownBy(() -> analyze(select(t1(), call("sum", col("b")), col("a"))))
                .hasMessage("[MISSING_GROUP_BY] The query does not include a GROUP BY clause. Add GROUP BY or turn it"
                        + " into the window functions using OVER clauses.");
        assertThatThrownBy(() -> analyze(
                        groupBy(t1(), List.of(col("a")), col("a"), col("b"), call("count", UnresolvedStar.ALL))))
                .hasMessage("[MISSING_AGGREGATION] The non-aggregating expression \"b\" is based on columns which are"
                        + " not participating in the GROUP BY clause.\nAdd the columns or the expression to the GROUP BY,"
                        + " aggregate the expression, or use \"any_value(b)\" if you do not care which of the values"
                        + " within a group is returned.");
    }

    @Test
    void groupingExpressionsMayBeUsedInTheOutput() {
        Expression plusOne = new TestFunctions.Add(col("a"), Literal.of(1));
        LogicalPlan plan = groupBy(
                t1(),
                List.of(plusOne),
                new TestFunctions.Add(col("a"), Literal.of(1)),
                call("count", UnresolvedStar.ALL));
        assertThat(tree(analyze(plan))).isEqualTo("""
                Aggregate [(a#0 + 1)], [(a#0 + 1) AS (a + 1)#6, count(1) AS count(1)#7]
                +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
    }

    @Test
    void aggregateMisuseIsReportedAsSparkDoes() {
        assertThatThrownBy(() -> analyze(select(t1(), call("sum", call("sum", col("a"))))))
                .hasMessage("[NESTED_AGGREGATE_FUNCTION] It is not allowed to use an aggregate function in the argument"
                        + " of another aggregate function. Please use the inner aggregate function in a sub-query.");
        assertThatThrownBy(() ->
                        analyze(new Filter(new TestFunctions.EqualTo(call("sum", col("b")), Literal.of(1L)), t1())))
                .hasMessage("[INVALID_WHERE_CONDITION] The WHERE condition \"(sum(b) = 1)\" contains invalid"
                        + " expressions: sum(b).\nRewrite the query to avoid window functions, aggregate functions, and"
                        + " generator functions in the WHERE clause.");
        assertThatThrownBy(() -> analyze(groupBy(t1(), List.of(call("sum", col("a"))), col("a"))))
                .hasMessage("[MISSING_AGGREGATION] The non-aggregating expression \"a\" is based on columns which are"
                        + " not participating in the GROUP BY clause.\nAdd the columns or the expression to the GROUP BY,"
                        + " aggregate the expression, or use \"any_value(a)\" if you do not care which of the values"
                        + " within a group is returned.");
        assertThatThrownBy(() ->
                        analyze(groupBy(t1(), List.of(call("sum", col("a"))), call("count", UnresolvedStar.ALL))))
                .hasMessage("[GROUP_BY_AGGREGATE] Aggregate functions are not allowed in GROUP BY, but found"
                        + " \"sum(a)\".");
        assertThatThrownBy(() -> analyze(select(t1(), call("sum", call("rand")))))
                .hasMessage("[AGGREGATE_FUNCTION_WITH_NONDETERMINISTIC_EXPRESSION] Non-deterministic expression"
                        + " \"rand()\" should not appear in the arguments of an aggregate function.");
        assertThatThrownBy(() -> analyze(new Sort(List.of(SortOrder.asc(call("sum", col("a")))), true, t1())))
                .hasMessage("[UNSUPPORTED_EXPR_FOR_OPERATOR] A query operator contains one or more unsupported"
                        + " expressions.\nConsider to rewrite it to avoid window functions, aggregate functions, and"
                        + " generator functions in the WHERE clause.\nInvalid expressions: [sum(a)]");
    }

    @Test
    void havingReadsTheAggregationsOutputOrAddsTheAggregatesItLacks() {
        Aggregate aggregate = groupBy(t1(), List.of(col("a")), col("a"), Alias.of(call("sum", col("b")), "sb"));
        LogicalPlan byOutput = new Filter(new TestFunctions.EqualTo(col("sb"), Literal.of(1L)), aggregate);
        assertThat(tree(analyze(byOutput))).isEqualTo("""
                Filter (sb#6 = 1)
                +- Aggregate [a#0], [a#0, sum(b#1) AS sb#6]
                   +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
        LogicalPlan byAggregate =
                new Filter(new TestFunctions.EqualTo(call("max", col("b")), Literal.of(1L)), aggregate);
        assertThat(tree(analyze(byAggregate))).isEqualTo("""
                Project [a#0, sb#6]
                +- Filter (max(b#1)#7 = 1)
                   +- Aggregate [a#0], [a#0, sum(b#1) AS sb#6, max(b#1) AS max(b#1)#7]
                      +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
        LogicalPlan bySum = new Filter(new TestFunctions.EqualTo(call("sum", col("b")), Literal.of(1L)), aggregate);
        assertThat(tree(analyze(bySum))).isEqualTo("""
                Filter (sb#6 = 1)
                +- Aggregate [a#0], [a#0, sum(b#1) AS sb#6]
                   +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
    }

    @Test
    void orderByAnAggregateTheOutputLacksAddsItUnderAProjection() {
        Aggregate aggregate = groupBy(t1(), List.of(col("a")), col("a"), call("sum", col("b")));
        LogicalPlan plan =
                new Sort(List.of(SortOrder.desc(call("max", col("b"))), SortOrder.asc(col("a"))), true, aggregate);
        assertThat(tree(analyze(plan))).isEqualTo("""
                Project [a#0, sum(b)#6]
                +- Sort [max(b#1)#7 DESC NULLS LAST, a#0 ASC NULLS FIRST], true
                   +- Aggregate [a#0], [a#0, sum(b#1) AS sum(b)#6, max(b#1) AS max(b#1)#7]
                      +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
        assertThat(new ResolveAggregateFunctions().apply(analyze(aggregate), CONTEXT))
                .isEmpty();
    }

    @Test
    void sortingByAColumnTheSelectDroppedAddsItBelow() {
        LogicalPlan plan = new Sort(List.of(SortOrder.asc(col("b"))), true, select(t1(), Alias.of(col("a"), "x")));
        assertThat(tree(analyze(plan))).isEqualTo("""
                Project [x#6]
                +- Sort [b#1 ASC NULLS FIRST], true
                   +- Project [a#0 AS x#6, b#1]
                      +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
        LogicalPlan filtered = new Filter(new TestFunctions.EqualTo(col("c"), Literal.of("x")), select(t1(), col("a")));
        assertThat(tree(analyze(filtered))).isEqualTo("""
                Project [a#0]
                +- Filter (c#2 = x)
                   +- Project [a#0, c#2]
                      +- LocalRelation [a#0, b#1, c#2, s#3, arr#4, m#5]
                """);
    }

    @Test
    void aDistinctStopsTheSearchForMissingColumns() {
        LogicalPlan plan = new Sort(List.of(SortOrder.asc(col("b"))), true, new Distinct(select(t1(), col("a"))));
        assertThatThrownBy(() -> analyze(plan))
                .hasMessage("[UNRESOLVED_COLUMN.WITH_SUGGESTION] A column, variable, or function parameter with name"
                        + " `b` cannot be resolved. Did you mean one of the following? [`a`].");
    }

    @Test
    void sortKeysMustBeOrderable() {
        assertThatThrownBy(() -> analyze(new Sort(List.of(SortOrder.asc(col("m"))), true, t1())))
                .hasMessage("[DATATYPE_MISMATCH.INVALID_ORDERING_TYPE] Cannot resolve \"m ASC NULLS FIRST\" due to data"
                        + " type mismatch: The `sortorder` does not support ordering on type \"MAP<STRING, INT>\".");
    }
}
