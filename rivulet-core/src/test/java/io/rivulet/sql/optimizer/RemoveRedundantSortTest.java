package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.local;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.project;
import static io.rivulet.sql.optimizer.TestFunction.predicate;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.expr.SortOrder;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.Join;
import io.rivulet.sql.plan.JoinType;
import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Sort;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoveRedundantSortTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private final Rule rule = new RemoveRedundantSort();

    private static Sort sort(boolean global, LogicalPlan child, AttributeReference key) {
        return new Sort(List.of(SortOrder.asc(key)), global, child);
    }

    @Test
    void removesASortUnderASortThroughFiltersAndProjections() {
        LogicalPlan plan = sort(true, project(new Filter(predicate("p", A), sort(true, local(1, A, B), B)), A, B), A);
        assertThat(plan.treeString()).isEqualTo("""
                Sort [a#1 ASC NULLS FIRST], true
                +- Project [a#1, b#2]
                   +- Filter p(a#1)
                      +- Sort [b#2 ASC NULLS FIRST], true
                         +- LocalRelation [a#1, b#2]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Sort [a#1 ASC NULLS FIRST], true
                +- Project [a#1, b#2]
                   +- Filter p(a#1)
                      +- LocalRelation [a#1, b#2]
                """);
    }

    @Test
    void removesSortsUnderJoinsAndGroupings() {
        LogicalPlan join = Join.on(sort(true, local(1, A), A), sort(false, local(1, B), B), JoinType.INNER, null);
        assertThat(RuleTesting.after(rule, join)).isEqualTo("""
                Join Inner
                :- LocalRelation [a#1]
                +- LocalRelation [b#2]
                """);
        LogicalPlan grouping =
                new Aggregate(List.<Expression>of(A), List.<NamedExpression>of(A), sort(true, local(1, A), A));
        assertThat(RuleTesting.after(rule, grouping)).isEqualTo("""
                Aggregate [a#1], [a#1]
                +- LocalRelation [a#1]
                """);
    }

    @Test
    void dropsConstantKeys() {
        LogicalPlan plan = new Sort(List.of(SortOrder.asc(Fixtures.lit(1L)), SortOrder.desc(A)), true, local(1, A));
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Sort [a#1 DESC NULLS LAST], true
                +- LocalRelation [a#1]
                """);
    }

    @Test
    void doesNotFireWhereTheOrderIsSeen() {
        RuleTesting.doesNotFire(rule, sort(true, Limit.of(3, sort(true, local(1, A), A)), A));
        RuleTesting.doesNotFire(rule, sort(false, sort(true, local(1, A), A), A));
        RuleTesting.doesNotFire(rule, sort(true, local(1, A), A));
    }
}
