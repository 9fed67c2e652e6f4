package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.alias;
import static io.rivulet.sql.optimizer.Fixtures.local;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.NamedExpression;
import io.rivulet.sql.plan.Aggregate;
import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.types.DataTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class EliminateLimitsTest {
    private static final AttributeReference A = longColumn("a", 1);
    private final Rule rule = new EliminateLimits();

    @Test
    void removesALimitAboveAnAggregationWithoutGrouping() {
        LogicalPlan plan = Limit.of(
                10,
                new Aggregate(
                        List.of(),
                        List.<NamedExpression>of(alias(TestFunction.of("count", DataTypes.LongType, A), "n", 2)),
                        scan("t", 1, A)));
        assertThat(plan.treeString()).isEqualTo("""
                Limit 10
                +- Aggregate [], [count(a#1) AS n#2]
                   +- Relation t[a#1]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Aggregate [], [count(a#1) AS n#2]
                +- Relation t[a#1]
                """);
    }

    @Test
    void removesALimitAboveFewerRows() {
        assertThat(RuleTesting.after(rule, Limit.of(3, local(3, A)))).isEqualTo("""
                LocalRelation [a#1]
                """);
    }

    @Test
    void doesNotFireAboveMoreRowsOrWithAnOffset() {
        RuleTesting.doesNotFire(rule, Limit.of(2, local(3, A)));
        RuleTesting.doesNotFire(rule, Limit.of(10, scan("t", 1, A)));
        RuleTesting.doesNotFire(rule, new Limit(10, 1, local(3, A)));
    }
}
