package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.project;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.LogicalPlan;
import org.junit.jupiter.api.Test;

class RemoveRedundantProjectTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private final Rule rule = new RemoveRedundantProject();

    @Test
    void removesAProjectionOfTheChildsColumnsInOrder() {
        LogicalPlan plan = project(project(scan("t", 1, A, B), A, B), A, B);
        assertThat(plan.treeString()).isEqualTo("""
                Project [a#1, b#2]
                +- Project [a#1, b#2]
                   +- Relation t[a#1, b#2]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Relation t[a#1, b#2]
                """);
    }

    @Test
    void doesNotFireOnAReorderOrASubsetOrARename() {
        RuleTesting.doesNotFire(rule, project(scan("t", 1, A, B), B, A));
        RuleTesting.doesNotFire(rule, project(scan("t", 1, A, B), A));
        RuleTesting.doesNotFire(rule, project(scan("t", 1, A, B), A.withName("x"), B));
    }
}
