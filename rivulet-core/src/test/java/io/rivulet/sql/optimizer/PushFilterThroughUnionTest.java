package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Exprs.gt;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Union;
import org.junit.jupiter.api.Test;

class PushFilterThroughUnionTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private final Rule rule = new PushFilterThroughUnion();

    @Test
    void filtersEachChildOnItsOwnColumns() {
        LogicalPlan plan = new Filter(
                Exprs.and(gt(A, 1L), TestFunction.random("rand", A)), Union.of(scan("x", 1, A), scan("y", 1, B)));
        assertThat(plan.treeString()).isEqualTo("""
                Filter ((a#1 > 1) AND rand(a#1))
                +- Union
                   :- Relation x[a#1]
                   +- Relation y[b#2]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Filter rand(a#1)
                +- Union
                   :- Filter (a#1 > 1)
                   :  +- Relation x[a#1]
                   +- Filter (b#2 > 1)
                      +- Relation y[b#2]
                """);
    }

    @Test
    void doesNotFireOnANondeterministicCondition() {
        RuleTesting.doesNotFire(
                rule, new Filter(TestFunction.random("rand", A), Union.of(scan("x", 1, A), scan("y", 1, B))));
    }
}
