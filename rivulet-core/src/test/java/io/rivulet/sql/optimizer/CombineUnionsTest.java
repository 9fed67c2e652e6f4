package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.project;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.Union;
import org.junit.jupiter.api.Test;

class CombineUnionsTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private static final AttributeReference C = longColumn("c", 3);
    private final Rule rule = new CombineUnions();

    @Test
    void flattensNestedUnionsInOrder() {
        LogicalPlan plan = Union.of(Union.of(scan("x", 1, A), scan("y", 1, B)), scan("z", 1, C));
        assertThat(plan.treeString()).isEqualTo("""
                Union
                :- Union
                :  :- Relation x[a#1]
                :  +- Relation y[b#2]
                +- Relation z[c#3]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Union
                :- Relation x[a#1]
                :- Relation y[b#2]
                +- Relation z[c#3]
                """);
    }

    @Test
    void doesNotFireThroughOtherNodes() {
        RuleTesting.doesNotFire(
                rule, Union.of(project(Union.of(scan("x", 1, A), scan("y", 1, B)), A), scan("z", 1, C)));
    }
}
