package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static io.rivulet.sql.optimizer.TestFunction.predicate;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.BroadcastHint;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.LogicalPlan;
import org.junit.jupiter.api.Test;

class PushBroadcastHintIntoJoinTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private final Rule rule = new PushBroadcastHintIntoJoin();

    @Test
    void movesTheHintOfASideIntoTheJoinThroughUnaryNodes() {
        LogicalPlan plan = Join.on(
                scan("big", 1000, A),
                new Filter(predicate("p", B), new BroadcastHint(scan("small", 10, B))),
                JoinType.INNER,
                predicate("eq", A, B));
        assertThat(plan.treeString()).isEqualTo("""
                Join Inner, eq(a#1, b#2)
                :- Relation big[a#1]
                +- Filter p(b#2)
                   +- ResolvedHint (strategy=broadcast)
                      +- Relation small[b#2]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Join Inner, eq(a#1, b#2), rightHint=(strategy=broadcast)
                :- Relation big[a#1]
                +- Filter p(b#2)
                   +- Relation small[b#2]
                """);
    }

    @Test
    void bothSidesHintedBroadcastsTheSmallerOneTheJoinCanBuild() {
        LogicalPlan inner = Join.on(
                new BroadcastHint(scan("small", 10, A)),
                new BroadcastHint(scan("big", 1000, B)),
                JoinType.INNER,
                predicate("eq", A, B));
        assertThat(RuleTesting.after(rule, inner)).isEqualTo("""
                Join Inner, eq(a#1, b#2), leftHint=(strategy=broadcast)
                :- Relation small[a#1]
                +- Relation big[b#2]
                """);
        LogicalPlan leftOuter = Join.on(
                new BroadcastHint(scan("small", 10, A)),
                new BroadcastHint(scan("big", 1000, B)),
                JoinType.LEFT_OUTER,
                predicate("eq", A, B));
        assertThat(RuleTesting.after(rule, leftOuter)).isEqualTo("""
                Join LeftOuter, eq(a#1, b#2), rightHint=(strategy=broadcast)
                :- Relation small[a#1]
                +- Relation big[b#2]
                """);
    }

    @Test
    void doesNotFireWithoutHintsOrBelowAnotherJoin() {
        RuleTesting.doesNotFire(rule, Join.on(scan("l", 10, A), scan("r", 10, B), JoinType.INNER, null));
        LogicalPlan nested = Join.on(
                Join.on(scan("l", 10, A), scan("r", 10, B), JoinType.CROSS, null),
                new BroadcastHint(longScan()),
                JoinType.CROSS,
                null);
        assertThat(RuleTesting.after(rule, nested)).isEqualTo("""
                Join Cross, rightHint=(strategy=broadcast)
                :- Join Cross
                :  :- Relation l[a#1]
                :  +- Relation r[b#2]
                +- Relation c[c#3]
                """);
    }

    private static LogicalPlan longScan() {
        return scan("c", 10, longColumn("c", 3));
    }
}
