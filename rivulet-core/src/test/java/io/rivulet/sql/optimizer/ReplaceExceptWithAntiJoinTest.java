package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.SetOperation;
import org.junit.jupiter.api.Test;

class ReplaceExceptWithAntiJoinTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 3);
    private final Rule rule = new ReplaceExceptWithAntiJoin();

    @Test
    void becomesTheDistinctRowsOfANullSafeAntiJoin() {
        LogicalPlan plan = new SetOperation(SetOperation.Kind.EXCEPT, false, scan("x", 1, A), scan("y", 1, B));
        assertThat(plan.treeString()).isEqualTo("""
                Except false
                :- Relation x[a#1]
                +- Relation y[b#3]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Distinct
                +- Join LeftAnti, (a#1 <=> b#3)
                   :- Relation x[a#1]
                   +- Relation y[b#3]
                """);
    }

    @Test
    void doesNotFireOnExceptAll() {
        RuleTesting.doesNotFire(
                rule, new SetOperation(SetOperation.Kind.EXCEPT, true, scan("x", 1, A), scan("y", 1, B)));
    }
}
