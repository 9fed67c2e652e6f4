package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.project;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static io.rivulet.sql.optimizer.TestFunction.predicate;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Sort;
import io.rivulet.sql.plan.Union;
import java.util.List;
import org.junit.jupiter.api.Test;

class LimitPushDownTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private final Rule rule = new LimitPushDown();

    @Test
    void putsALocalLimitUnderEachChildOfAUnion() {
        LogicalPlan plan = new Limit(10, 5, Union.of(scan("x", 1, A), scan("y", 1, B)));
        assertThat(plan.treeString()).isEqualTo("""
                Limit 10, offset 5
                +- Union
                   :- Relation x[a#1]
                   +- Relation y[b#2]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Limit 10, offset 5
                +- Union
                   :- LocalLimit 15
                   :  +- Relation x[a#1]
                   +- LocalLimit 15
                      +- Relation y[b#2]
                """);
    }

    @Test
    void pushesIntoTheOuterSideOfAnOuterJoinThroughAProjection() {
        LogicalPlan plan = Limit.of(
                3, project(Join.on(scan("x", 1, A), scan("y", 1, B), JoinType.LEFT_OUTER, predicate("eq", A, B)), B));
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Limit 3
                +- Project [b#2]
                   +- Join LeftOuter, eq(a#1, b#2)
                      :- LocalLimit 3
                      :  +- Relation x[a#1]
                      +- Relation y[b#2]
                """);
    }

    @Test
    void pushesIntoBothSidesOfAJoinWithoutCondition() {
        LogicalPlan plan = Limit.of(3, Join.on(scan("x", 1, A), scan("y", 1, B), JoinType.CROSS, null));
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Limit 3
                +- Join Cross
                   :- LocalLimit 3
                   :  +- Relation x[a#1]
                   +- LocalLimit 3
                      +- Relation y[b#2]
                """);
    }

    @Test
    void aSemiJoinWithoutConditionNeedsOneRightRow() {
        LogicalPlan plan = Join.on(scan("x", 1, A), scan("y", 1, B), JoinType.LEFT_SEMI, null);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Join LeftSemi
                :- Relation x[a#1]
                +- LocalLimit 1
                   +- Relation y[b#2]
                """);
    }

    @Test
    void limitOneOfAGroupingNeedsOneRow() {
        LogicalPlan plan =
                Limit.of(1, new Aggregate(List.<Expression>of(A), List.<NamedExpression>of(A), scan("x", 1, A)));
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Limit 1
                +- Project [a#1]
                   +- LocalLimit 1
                      +- Relation x[a#1]
                """);
    }

    @Test
    void doesNotFireThroughSortsInnerJoinsWithConditionsOrOntoSmallerChildren() {
        RuleTesting.doesNotFire(rule, Limit.of(3, new Sort(List.of(SortOrder.asc(A)), true, scan("x", 1, A))));
        RuleTesting.doesNotFire(
                rule, Limit.of(3, Join.on(scan("x", 1, A), scan("y", 1, B), JoinType.INNER, predicate("eq", A, B))));
        RuleTesting.doesNotFire(
                rule, Limit.of(3, Union.of(Limit.of(2, scan("x", 1, A)), Limit.of(3, scan("y", 1, B)))));
    }
}
