package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.alias;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.project;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.Cast;
import io.rivulet.sql.expr.EvalMode;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

class SimplifyCastsTest {
    private static final AttributeReference A = longColumn("a", 1);
    private final Rule rule = new SimplifyCasts();

    @Test
    void removesACastToTheSameType() {
        LogicalPlan plan = project(scan("t", 1, A), alias(new Cast(A, DataTypes.LongType, EvalMode.ANSI), "x", 2));
        assertThat(plan.treeString()).isEqualTo("""
                Project [cast(a#1 as bigint) AS x#2]
                +- Relation t[a#1]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [a#1 AS x#2]
                +- Relation t[a#1]
                """);
    }

    @Test
    void doesNotFireOnACastToAnotherType() {
        RuleTesting.doesNotFire(
                rule, project(scan("t", 1, A), alias(new Cast(A, DataTypes.IntegerType, EvalMode.ANSI), "x", 2)));
    }
}
