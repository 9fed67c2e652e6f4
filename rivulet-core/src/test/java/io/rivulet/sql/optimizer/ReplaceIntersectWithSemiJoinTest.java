package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static io.rivulet.sql.optimizer.Fixtures.stringColumn;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.SetOperation;
import org.junit.jupiter.api.Test;

class ReplaceIntersectWithSemiJoinTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference S = stringColumn("s", 2);
    private static final AttributeReference B = longColumn("b", 3);
    private static final AttributeReference T = stringColumn("t", 4);
    private final Rule rule = new ReplaceIntersectWithSemiJoin();

    @Test
    void becomesTheDistinctRowsOfANullSafeSemiJoin() {
        LogicalPlan plan = new SetOperation(SetOperation.Kind.INTERSECT, false, scan("x", 1, A, S), scan("y", 1, B, T));
        assertThat(plan.treeString()).isEqualTo("""
                Intersect false
                :- Relation x[a#1, s#2]
                +- Relation y[b#3, t#4]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Distinct
                +- Join LeftSemi, ((a#1 <=> b#3) AND (s#2 <=> t#4))
                   :- Relation x[a#1, s#2]
                   +- Relation y[b#3, t#4]
                """);
    }

    @Test
    void aSelfIntersectionGetsFreshColumnsOnTheRight() {
        LogicalPlan side = scan("x", 1, A);
        LogicalPlan after = RuleTesting.rewrite(rule, new SetOperation(SetOperation.Kind.INTERSECT, false, side, side));
        assertThat(RuleTesting.withFreshIds(after, side)).isEqualTo("""
                Distinct
                +- Join LeftSemi, (a#1 <=> a#new1)
                   :- Relation x[a#1]
                   +- Project [a#1 AS a#new1]
                      +- Relation x[a#1]
                """);
    }

    @Test
    void doesNotFireOnIntersectAllOrExcept() {
        RuleTesting.doesNotFire(
                rule, new SetOperation(SetOperation.Kind.INTERSECT, true, scan("x", 1, A), scan("y", 1, B)));
        RuleTesting.doesNotFire(
                rule, new SetOperation(SetOperation.Kind.EXCEPT, false, scan("x", 1, A), scan("y", 1, B)));
    }
}
