package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.Limit;
import io.rivulet.sql.plan.LocalLimit;
import io.rivulet.sql.plan.LogicalPlan;
import org.junit.jupiter.api.Test;

class CombineLimitsTest {
    private static final AttributeReference A = longColumn("a", 1);
    private final Rule rule = new CombineLimits();

    @Test
    void keepsTheSmallerLimit() {
        LogicalPlan plan = Limit.of(5, Limit.of(10, scan("t", 1, A)));
        assertThat(plan.treeString()).isEqualTo("""
                Limit 5
                +- Limit 10
                   +- Relation t[a#1]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Limit 5
                +- Relation t[a#1]
                """);
    }

    @Test
    void addsTheOffsets() {
        // Rows [3, 13) of the table, then rows [4, 9) of those: rows [7, 12) of the table.
        LogicalPlan plan = new Limit(5, 4, new Limit(10, 3, scan("t", 1, A)));
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Limit 5, offset 7
                +- Relation t[a#1]
                """);
        // Rows [0, 10), then rows [8, 13) of those: the two last ones.
        assertThat(RuleTesting.after(rule, new Limit(5, 8, Limit.of(10, scan("t", 1, A)))))
                .isEqualTo("""
                Limit 2, offset 8
                +- Relation t[a#1]
                """);
    }

    @Test
    void localLimitsKeepTheSmaller() {
        assertThat(RuleTesting.after(rule, new LocalLimit(10, new LocalLimit(3, scan("t", 1, A)))))
                .isEqualTo("""
                LocalLimit 3
                +- Relation t[a#1]
                """);
    }

    @Test
    void doesNotFireOnALimitAlone() {
        RuleTesting.doesNotFire(rule, Limit.of(5, new LocalLimit(5, scan("t", 1, A))));
    }
}
