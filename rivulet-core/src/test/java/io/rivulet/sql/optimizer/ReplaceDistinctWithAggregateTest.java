package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.Distinct;
import io.rivulet.sql.plan.LogicalPlan;
import org.junit.jupiter.api.Test;

class ReplaceDistinctWithAggregateTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private final Rule rule = new ReplaceDistinctWithAggregate();

    @Test
    void groupsByEveryColumn() {
        LogicalPlan plan = new Distinct(scan("t", 1, A, B));
        assertThat(plan.treeString()).isEqualTo("""
                Distinct
                +- Relation t[a#1, b#2]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Aggregate [a#1, b#2], [a#1, b#2]
                +- Relation t[a#1, b#2]
                """);
    }

    @Test
    void doesNotFireWithoutDistinct() {
        RuleTesting.doesNotFire(rule, scan("t", 1, A, B));
    }
}
