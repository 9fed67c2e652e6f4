package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.project;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static io.rivulet.sql.optimizer.TestFunction.predicate;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import org.junit.jupiter.api.Test;

class PruneScanColumnsTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private static final AttributeReference C = longColumn("c", 3);
    private final Rule rule = new PruneScanColumns();

    @Test
    void readsWhatTheProjectionAndTheFilterReadInTheTablesOrder() {
        LogicalPlan plan = project(new Filter(predicate("p", A), scan("t", 300, A, B, C)), C);
        assertThat(plan.treeString()).isEqualTo("""
                Project [c#3]
                +- Filter p(a#1)
                   +- Relation t[a#1, b#2, c#3]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [c#3]
                +- Filter p(a#1)
                   +- Relation t[a#1, c#3]
                """);
    }

    @Test
    void readsNoColumnForAProjectionOfNone() {
        assertThat(RuleTesting.after(rule, project(scan("t", 300, A, B, C)))).isEqualTo("""
                Project []
                +- Relation t[]
                """);
    }

    @Test
    void doesNotFireWhenEveryColumnIsRead() {
        RuleTesting.doesNotFire(rule, project(scan("t", 300, A, B), B, A));
        RuleTesting.doesNotFire(rule, new Filter(predicate("p", A), scan("t", 300, A, B)));
    }
}
