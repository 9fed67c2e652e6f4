package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Exprs.and;
import static io.rivulet.sql.optimizer.Exprs.eq;
import static io.rivulet.sql.optimizer.Exprs.gt;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.LogicalPlan;
import org.junit.jupiter.api.Test;

class PushFilterThroughJoinTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private final Rule rule = new PushFilterThroughJoin();

    private static LogicalPlan filterOver(JoinType type) {
        Expression condition = and(and(gt(A, 1L), gt(B, 2L)), eq(A, B));
        return new Filter(
                condition, Join.on(scan("x", 1, A), scan("y", 1, B), type, TestFunction.predicate("p", A, B)));
    }

    @Test
    void anInnerJoinTakesEachSidesConjunctsBelowAndTheOthersIntoItsCondition() {
        LogicalPlan plan = filterOver(JoinType.INNER);
        assertThat(plan.treeString()).isEqualTo("""
                Filter (((a#1 > 1) AND (b#2 > 2)) AND (a#1 = b#2))
                +- Join Inner, p(a#1, b#2)
                   :- Relation x[a#1]
                   +- Relation y[b#2]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Join Inner, ((a#1 = b#2) AND p(a#1, b#2))
                :- Filter (a#1 > 1)
                :  +- Relation x[a#1]
                +- Filter (b#2 > 2)
                   +- Relation y[b#2]
                """);
    }

    @Test
    void aLeftJoinTakesOnlyTheLeftConjuncts() {
        assertThat(RuleTesting.after(rule, filterOver(JoinType.LEFT_OUTER))).isEqualTo("""
                Filter ((b#2 > 2) AND (a#1 = b#2))
                +- Join LeftOuter, p(a#1, b#2)
                   :- Filter (a#1 > 1)
                   :  +- Relation x[a#1]
                   +- Relation y[b#2]
                """);
    }

    @Test
    void aRightJoinTakesOnlyTheRightConjuncts() {
        assertThat(RuleTesting.after(rule, filterOver(JoinType.RIGHT_OUTER))).isEqualTo("""
                Filter ((a#1 > 1) AND (a#1 = b#2))
                +- Join RightOuter, p(a#1, b#2)
                   :- Relation x[a#1]
                   +- Filter (b#2 > 2)
                      +- Relation y[b#2]
                """);
    }

    @Test
    void nondeterministicConjunctsGoIntoTheInnerJoinConditionNotBelow() {
        LogicalPlan plan = new Filter(
                TestFunction.random("rand", A), Join.on(scan("x", 1, A), scan("y", 1, B), JoinType.INNER, null));
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Join Inner, rand(a#1)
                :- Relation x[a#1]
                +- Relation y[b#2]
                """);
    }

    @Test
    void doesNotFireOverAFullJoinOrWithNothingToPush() {
        RuleTesting.doesNotFire(rule, filterOver(JoinType.FULL_OUTER));
        RuleTesting.doesNotFire(
                rule, new Filter(gt(B, 2L), Join.on(scan("x", 1, A), scan("y", 1, B), JoinType.LEFT_OUTER, eq(A, B))));
    }
}
