package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.alias;
import static io.rivulet.sql.optimizer.Fixtures.local;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.project;
import static io.rivulet.sql.optimizer.TestFunction.predicate;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Sort;
import io.rivulet.sql.plan.Union;
import io.rivulet.sql.types.DataTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnPruningTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private static final AttributeReference C = longColumn("c", 3);
    private static final AttributeReference D = longColumn("d", 4);
    private static final AttributeReference E = longColumn("e", 5);
    private final Rule rule = new ColumnPruning();

    @Test
    void narrowsBothSidesOfAJoinUnderAProjection() {
        LogicalPlan plan =
                project(Join.on(local(1, A, B), local(1, C, D, E), JoinType.INNER, predicate("eq", A, C)), B, D);
        assertThat(plan.treeString()).isEqualTo("""
                Project [b#2, d#4]
                +- Join Inner, eq(a#1, c#3)
                   :- LocalRelation [a#1, b#2]
                   +- LocalRelation [c#3, d#4, e#5]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [b#2, d#4]
                +- Join Inner, eq(a#1, c#3)
                   :- LocalRelation [a#1, b#2]
                   +- Project [c#3, d#4]
                      +- LocalRelation [c#3, d#4, e#5]
                """);
    }

    @Test
    void dropsUnreadItemsOfLowerProjectionsAndAggregations() {
        AttributeReference total = longColumn("total", 20);
        LogicalPlan plan = project(
                new Aggregate(
                        List.of(A),
                        List.<NamedExpression>of(A, alias(TestFunction.of("sum", DataTypes.LongType, B), "total", 20)),
                        project(local(1, A, B, C), A, B, alias(TestFunction.of("f", DataTypes.LongType, C), "x", 21))),
                total);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [total#20]
                +- Aggregate [a#1], [sum(b#2) AS total#20]
                   +- Project [a#1, b#2]
                      +- LocalRelation [a#1, b#2, c#3]
                """);
    }

    @Test
    void narrowsUnionChildrenByPosition() {
        LogicalPlan plan = project(Union.of(local(1, A, B), local(1, C, D)), B);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [b#2]
                +- Union
                   :- Project [b#2]
                   :  +- LocalRelation [a#1, b#2]
                   +- Project [d#4]
                      +- LocalRelation [c#3, d#4]
                """);
    }

    @Test
    void keepsWhatASortReads() {
        LogicalPlan plan = project(new Sort(List.of(SortOrder.asc(B)), true, local(1, A, B, C)), A);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [a#1]
                +- Sort [b#2 ASC NULLS FIRST], true
                   +- Project [a#1, b#2]
                      +- LocalRelation [a#1, b#2, c#3]
                """);
    }

    @Test
    void narrowsTheRightSideOfASemiJoinToItsCondition() {
        LogicalPlan plan = Join.on(local(1, A), local(1, C, D), JoinType.LEFT_SEMI, predicate("eq", A, C));
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Join LeftSemi, eq(a#1, c#3)
                :- LocalRelation [a#1]
                +- Project [c#3]
                   +- LocalRelation [c#3, d#4]
                """);
    }

    @Test
    void doesNotFireWhenEverythingIsReadOrUnderAFilter() {
        RuleTesting.doesNotFire(rule, project(local(1, A, B), A));
        RuleTesting.doesNotFire(rule, project(new Filter(predicate("p", B), local(1, A, B, C)), A));
        RuleTesting.doesNotFire(rule, Join.on(local(1, A), local(1, C), JoinType.INNER, predicate("eq", A, C)));
    }
}
