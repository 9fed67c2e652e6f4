package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Exprs.and;
import static io.rivulet.sql.optimizer.Exprs.eq;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.LogicalPlan;
import org.junit.jupiter.api.Test;

class ReorderJoinTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private static final AttributeReference C = longColumn("c", 3);
    private final Rule rule = new ReorderJoin();

    @Test
    void joinsTheSmallestFirstThenTheSmallestConnected() {
        // big(a) = medium(b), medium(b) = small(c): small first, then medium (connected), then big.
        LogicalPlan plan = Join.on(
                Join.on(scan("big", 1000, A), scan("medium", 100, B), JoinType.INNER, eq(A, B)),
                scan("small", 10, C),
                JoinType.INNER,
                eq(B, C));
        assertThat(plan.treeString()).isEqualTo("""
                Join Inner, (b#2 = c#3)
                :- Join Inner, (a#1 = b#2)
                :  :- Relation big[a#1]
                :  +- Relation medium[b#2]
                +- Relation small[c#3]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [a#1, b#2, c#3]
                +- Join Inner, (a#1 = b#2)
                   :- Join Inner, (b#2 = c#3)
                   :  :- Relation small[c#3]
                   :  +- Relation medium[b#2]
                   +- Relation big[a#1]
                """);
    }

    @Test
    void introducesNoCrossProduct() {
        // small(c) is connected only to big(a): medium waits until big is joined.
        LogicalPlan plan = Join.on(
                Join.on(scan("big", 1000, A), scan("medium", 100, B), JoinType.INNER, eq(A, B)),
                scan("small", 10, C),
                JoinType.INNER,
                eq(A, C));
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [a#1, b#2, c#3]
                +- Join Inner, (a#1 = b#2)
                   :- Join Inner, (a#1 = c#3)
                   :  :- Relation small[c#3]
                   :  +- Relation big[a#1]
                   +- Relation medium[b#2]
                """);
    }

    @Test
    void doesNotFireOnTwoInputsOuterJoinsOrAnOrderAlreadyBest() {
        RuleTesting.doesNotFire(rule, Join.on(scan("big", 1000, A), scan("small", 1, B), JoinType.INNER, eq(A, B)));
        RuleTesting.doesNotFire(
                rule,
                Join.on(
                        Join.on(scan("big", 1000, A), scan("medium", 100, B), JoinType.LEFT_OUTER, eq(A, B)),
                        scan("small", 10, C),
                        JoinType.INNER,
                        eq(B, C)));
        RuleTesting.doesNotFire(
                rule,
                Join.on(
                        Join.on(scan("small", 10, A), scan("medium", 100, B), JoinType.INNER, eq(A, B)),
                        scan("big", 1000, C),
                        JoinType.INNER,
                        and(eq(B, C), eq(A, C))));
    }
}
