package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.alias;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.project;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.types.DataTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollapseProjectTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private final Rule rule = new CollapseProject();

    @Test
    void substitutesTheLowerColumnsKeepingTheUpperNames() {
        AttributeReference x = longColumn("x", 10);
        LogicalPlan plan = project(
                project(scan("t", 1, A, B), alias(TestFunction.of("f", DataTypes.LongType, A), "x", 10), B),
                x,
                alias(new TestPlus(B, Fixtures.lit(1L)), "y", 11));
        assertThat(plan.treeString()).isEqualTo("""
                Project [x#10, (b#2 + 1) AS y#11]
                +- Project [f(a#1) AS x#10, b#2]
                   +- Relation t[a#1, b#2]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [f(a#1) AS x#10, (b#2 + 1) AS y#11]
                +- Relation t[a#1, b#2]
                """);
    }

    @Test
    void mergesIntoTheAggregationBelow() {
        AttributeReference total = longColumn("total", 20);
        Expression sum = TestFunction.of("sum", DataTypes.LongType, B);
        LogicalPlan plan = project(
                new Aggregate(List.of(A), List.<NamedExpression>of(A, alias(sum, "total", 20)), scan("t", 1, A, B)),
                alias(new TestPlus(total, Fixtures.lit(1L)), "r", 21));
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Aggregate [a#1], [(sum(b#2) + 1) AS r#21]
                +- Relation t[a#1, b#2]
                """);
    }

    @Test
    void doesNotDuplicateExpensiveOrNondeterministicColumns() {
        AttributeReference x = longColumn("x", 10);
        LogicalPlan expensiveTwice = project(
                project(scan("t", 1, A), alias(TestFunction.of("f", DataTypes.LongType, A), "x", 10)),
                alias(new TestPlus(x, x), "y", 11));
        RuleTesting.doesNotFire(rule, expensiveTwice);
        LogicalPlan random = project(
                project(
                        scan("t", 1, A),
                        alias(new TestFunction("rand", DataTypes.LongType, false, List.of()), "x", 10)),
                alias(new TestPlus(x, Fixtures.lit(1L)), "y", 11));
        RuleTesting.doesNotFire(rule, random);
    }

    @Test
    void cheapColumnsMayBeReadTwice() {
        AttributeReference x = longColumn("x", 10);
        LogicalPlan plan = project(project(scan("t", 1, A), alias(A, "x", 10)), alias(new TestPlus(x, x), "y", 11));
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [(a#1 + a#1) AS y#11]
                +- Relation t[a#1]
                """);
    }
}
