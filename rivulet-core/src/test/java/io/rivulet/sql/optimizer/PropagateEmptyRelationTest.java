package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.local;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.project;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static io.rivulet.sql.optimizer.TestFunction.predicate;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Union;
import io.rivulet.sql.types.DataTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropagateEmptyRelationTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private static final AttributeReference C = longColumn("c", 3);
    private final Rule rule = new PropagateEmptyRelation();

    @Test
    void aLimitOfZeroEmptiesTheInnerJoinAbove() {
        LogicalPlan plan = project(
                Join.on(scan("x", 1, A), Limit.of(0, scan("y", 1, B)), JoinType.INNER, predicate("eq", A, B)), A);
        assertThat(plan.treeString()).isEqualTo("""
                Project [a#1]
                +- Join Inner, eq(a#1, b#2)
                   :- Relation x[a#1]
                   +- Limit 0
                      +- Relation y[b#2]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                LocalRelation [a#1]
                """);
    }

    @Test
    void aLeftJoinWithAnEmptyRightSidePadsTheLeftRowsWithNulls() {
        LogicalPlan plan = Join.on(scan("x", 1, A), local(0, B), JoinType.LEFT_OUTER, predicate("eq", A, B));
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [a#1, null AS b#2]
                +- Relation x[a#1]
                """);
    }

    @Test
    void aUnionLosesItsEmptyChildrenKeepingItsColumns() {
        LogicalPlan plan = Union.of(local(0, A), scan("y", 1, B), scan("z", 1, C));
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [b#2 AS a#1]
                +- Union
                   :- Relation y[b#2]
                   +- Relation z[c#3]
                """);
        assertThat(RuleTesting.after(rule, Union.of(scan("x", 1, A), local(0, B))))
                .isEqualTo("""
                Relation x[a#1]
                """);
    }

    @Test
    void anAntiJoinWithAnEmptyRightSideKeepsTheLeft() {
        LogicalPlan plan = Join.on(scan("x", 1, A), local(0, B), JoinType.LEFT_ANTI, predicate("eq", A, B));
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Relation x[a#1]
                """);
    }

    @Test
    void doesNotFireOnAGlobalAggregationOrNonEmptyInputs() {
        RuleTesting.doesNotFire(
                rule,
                new Aggregate(
                        List.of(),
                        List.<NamedExpression>of(
                                Fixtures.alias(TestFunction.of("count", DataTypes.LongType, A), "n", 9)),
                        local(0, A)));
        RuleTesting.doesNotFire(rule, new Filter(predicate("p", A), local(2, A)));
        RuleTesting.doesNotFire(rule, Join.on(scan("x", 1, A), scan("y", 1, B), JoinType.FULL_OUTER, null));
    }
}
