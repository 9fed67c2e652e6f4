package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Exprs.and;
import static io.rivulet.sql.optimizer.Exprs.eq;
import static io.rivulet.sql.optimizer.Exprs.gt;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.LogicalPlan;
import org.junit.jupiter.api.Test;

class PushJoinConditionIntoChildrenTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private final Rule rule = new PushJoinConditionIntoChildren();

    private static LogicalPlan join(JoinType type) {
        return Join.on(scan("x", 1, A), scan("y", 1, B), type, and(and(eq(A, B), gt(A, 1L)), gt(B, 2L)));
    }

    @Test
    void anInnerJoinFiltersBothSides() {
        LogicalPlan plan = join(JoinType.INNER);
        assertThat(plan.treeString()).isEqualTo("""
                Join Inner, (((a#1 = b#2) AND (a#1 > 1)) AND (b#2 > 2))
                :- Relation x[a#1]
                +- Relation y[b#2]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Join Inner, (a#1 = b#2)
                :- Filter (a#1 > 1)
                :  +- Relation x[a#1]
                +- Filter (b#2 > 2)
                   +- Relation y[b#2]
                """);
    }

    @Test
    void aLeftJoinFiltersOnlyItsRightSide() {
        assertThat(RuleTesting.after(rule, join(JoinType.LEFT_OUTER))).isEqualTo("""
                Join LeftOuter, ((a#1 > 1) AND (a#1 = b#2))
                :- Relation x[a#1]
                +- Filter (b#2 > 2)
                   +- Relation y[b#2]
                """);
        assertThat(RuleTesting.after(rule, join(JoinType.RIGHT_OUTER))).isEqualTo("""
                Join RightOuter, ((b#2 > 2) AND (a#1 = b#2))
                :- Filter (a#1 > 1)
                :  +- Relation x[a#1]
                +- Relation y[b#2]
                """);
    }

    @Test
    void doesNotFireForAFullJoinOrAConditionOnBothSides() {
        RuleTesting.doesNotFire(rule, join(JoinType.FULL_OUTER));
        RuleTesting.doesNotFire(rule, Join.on(scan("x", 1, A), scan("y", 1, B), JoinType.INNER, eq(A, B)));
    }
}
