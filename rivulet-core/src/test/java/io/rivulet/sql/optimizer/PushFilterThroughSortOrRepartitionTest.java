package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Exprs.gt;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Repartition;
import io.rivulet.sql.plan.Sort;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushFilterThroughSortOrRepartitionTest {
    private static final AttributeReference A = longColumn("a", 1);
    private final Rule rule = new PushFilterThroughSortOrRepartition();

    @Test
    void filtersBeforeSortingAndShuffling() {
        LogicalPlan plan = new Filter(
                gt(A, 1L),
                new Sort(List.of(SortOrder.asc(A)), true, new Repartition(List.of(A), 4, true, scan("t", 1, A))));
        assertThat(plan.treeString()).isEqualTo("""
                Filter (a#1 > 1)
                +- Sort [a#1 ASC NULLS FIRST], true
                   +- RepartitionByExpression [a#1], 4
                      +- Relation t[a#1]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Sort [a#1 ASC NULLS FIRST], true
                +- RepartitionByExpression [a#1], 4
                   +- Filter (a#1 > 1)
                      +- Relation t[a#1]
                """);
    }

    @Test
    void doesNotFireWithANondeterministicCondition() {
        RuleTesting.doesNotFire(
                rule,
                new Filter(TestFunction.random("rand"), new Sort(List.of(SortOrder.asc(A)), true, scan("t", 1, A))));
    }
}
