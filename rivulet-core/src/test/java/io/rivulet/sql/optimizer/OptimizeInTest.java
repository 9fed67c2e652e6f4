package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.lit;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Expression;
import io.rivulet.sql.expr.In;
import io.rivulet.sql.expr.InSet;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptimizeInTest {
    private static final AttributeReference A = longColumn("a", 1);
    private final Rule rule = new OptimizeIn();

    private static Filter in(Expression... items) {
        return new Filter(new In(A, List.of(items)), scan("t", 1, A));
    }

    @Test
    void dropsDuplicates() {
        LogicalPlan plan = in(lit(1L), lit(2L), lit(1L));
        assertThat(plan.treeString()).isEqualTo("""
                Filter a#1 IN (1,2,1)
                +- Relation t[a#1]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Filter a#1 IN (1,2)
                +- Relation t[a#1]
                """);
    }

    @Test
    void oneItemIsAnEqualityAndManyASet() {
        assertThat(RuleTesting.after(rule, in(lit(7L), lit(7L)))).startsWith("Filter (a#1 = 7)\n");
        List<Expression> items = new ArrayList<>();
        for (long i = 0; i < 11; i++) {
            items.add(lit(i));
        }
        LogicalPlan plan = in(items.toArray(Expression[]::new));
        assertThat(((Filter) RuleTesting.rewrite(rule, plan)).condition()).isInstanceOf(InSet.class);
    }

    @Test
    void doesNotFireOnDistinctLiteralsOrColumns() {
        RuleTesting.doesNotFire(rule, in(lit(1L), lit(2L)));
        RuleTesting.doesNotFire(rule, in(longColumn("b", 2), lit(2L)));
    }
}
