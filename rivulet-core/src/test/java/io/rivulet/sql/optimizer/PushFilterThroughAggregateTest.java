package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Exprs.gt;
import static io.rivulet.sql.optimizer.Fixtures.alias;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushFilterThroughAggregateTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private static final AttributeReference TOTAL = longColumn("total", 20);
    private static final AttributeReference K = longColumn("k", 21);

    private final Rule rule = new PushFilterThroughAggregate();

    private static Aggregate sumByKey(List<Expression> grouping) {
        return new Aggregate(
                grouping,
                List.<NamedExpression>of(
                        alias(new TestPlus(A, Fixtures.lit(1L)), "k", 21), alias(TestAggregate.count(B), "total", 20)),
                scan("t", 1, A, B));
    }

    @Test
    void pushesTheConjunctsOnGroupingKeys() {
        LogicalPlan plan =
                new Filter(Exprs.and(gt(K, 5L), gt(TOTAL, 2L)), sumByKey(List.of(new TestPlus(A, Fixtures.lit(1L)))));
        assertThat(plan.treeString()).isEqualTo("""
                Filter ((k#21 > 5) AND (total#20 > 2))
                +- Aggregate [(a#1 + 1)], [(a#1 + 1) AS k#21, count(b#2) AS total#20]
                   +- Relation t[a#1, b#2]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Filter (total#20 > 2)
                +- Aggregate [(a#1 + 1)], [(a#1 + 1) AS k#21, count(b#2) AS total#20]
                   +- Filter ((a#1 + 1) > 5)
                      +- Relation t[a#1, b#2]
                """);
    }

    @Test
    void doesNotFireOnAggregatesOrWithoutGrouping() {
        RuleTesting.doesNotFire(rule, new Filter(gt(TOTAL, 2L), sumByKey(List.of(new TestPlus(A, Fixtures.lit(1L))))));
        RuleTesting.doesNotFire(rule, new Filter(gt(K, 2L), sumByKey(List.of())));
    }
}
