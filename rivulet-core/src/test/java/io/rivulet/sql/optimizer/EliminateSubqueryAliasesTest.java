package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.project;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.plan.SubqueryAlias;
import org.junit.jupiter.api.Test;

class EliminateSubqueryAliasesTest {
    private static final AttributeReference A = longColumn("a", 1);
    private final Rule rule = new EliminateSubqueryAliases();

    @Test
    void removesTheAlias() {
        LogicalPlan plan = project(new SubqueryAlias("x", scan("t", 100, A)), A);
        assertThat(plan.treeString()).isEqualTo("""
                Project [a#1]
                +- SubqueryAlias x
                   +- Relation t[a#1]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [a#1]
                +- Relation t[a#1]
                """);
    }

    @Test
    void doesNotFireWithoutAnAlias() {
        RuleTesting.doesNotFire(rule, project(scan("t", 100, A), A));
    }
}
