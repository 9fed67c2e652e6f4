package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.project;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.BroadcastHint;
import io.rivulet.sql.plan.LogicalPlan;
import org.junit.jupiter.api.Test;

class RemoveBroadcastHintsTest {
    private static final AttributeReference A = longColumn("a", 1);
    private final Rule rule = new RemoveBroadcastHints();

    @Test
    void removesAHintNoJoinTook() {
        LogicalPlan plan = project(new BroadcastHint(scan("t", 10, A)), A);
        assertThat(plan.treeString()).isEqualTo("""
                Project [a#1]
                +- ResolvedHint (strategy=broadcast)
                   +- Relation t[a#1]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [a#1]
                +- Relation t[a#1]
                """);
    }

    @Test
    void doesNotFireWithoutHints() {
        RuleTesting.doesNotFire(rule, project(scan("t", 10, A), A));
    }
}
