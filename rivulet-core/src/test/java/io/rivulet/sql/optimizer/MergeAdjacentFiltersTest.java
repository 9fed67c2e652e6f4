package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Exprs.gt;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import org.junit.jupiter.api.Test;

class MergeAdjacentFiltersTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private final Rule rule = new MergeAdjacentFilters();

    @Test
    void mergesTwoFiltersInnerConditionFirst() {
        LogicalPlan plan = new Filter(gt(B, 2L), new Filter(gt(A, 1L), scan("t", 1, A, B)));
        assertThat(plan.treeString()).isEqualTo("""
                Filter (b#2 > 2)
                +- Filter (a#1 > 1)
                   +- Relation t[a#1, b#2]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Filter ((a#1 > 1) AND (b#2 > 2))
                +- Relation t[a#1, b#2]
                """);
    }

    @Test
    void dropsConjunctsTheInnerFilterHasAndKeepsNondeterministicOnesAbove() {
        LogicalPlan plan = new Filter(
                Exprs.and(gt(A, 1L), TestFunction.random("rand")), new Filter(gt(A, 1L), scan("t", 1, A, B)));
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Filter rand()
                +- Filter (a#1 > 1)
                   +- Relation t[a#1, b#2]
                """);
    }

    @Test
    void doesNotFireOverANondeterministicFilterOrASingleOne() {
        RuleTesting.doesNotFire(rule, new Filter(gt(A, 1L), new Filter(TestFunction.random("rand"), scan("t", 1, A))));
        RuleTesting.doesNotFire(rule, new Filter(gt(A, 1L), scan("t", 1, A)));
    }
}
