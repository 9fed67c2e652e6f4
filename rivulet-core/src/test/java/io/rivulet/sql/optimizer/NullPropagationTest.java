package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Exprs.gt;
import static io.rivulet.sql.optimizer.Fixtures.alias;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.project;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.expr.EqualNullSafe;
import io.rivulet.sql.expr.IsNotNull;
import io.rivulet.sql.expr.IsNull;
import io.rivulet.sql.expr.Literal;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

class NullPropagationTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference N = longColumn("n", 2).withNullability(false);
    private final Rule rule = new NullPropagation();

    @Test
    void decidesNullTestsOfNonNullColumnsAndComparisonsWithNull() {
        LogicalPlan plan = project(
                scan("t", 1, A, N),
                alias(new IsNull(N), "x", 10),
                alias(new IsNotNull(N), "y", 11),
                alias(gt(A, Literal.ofNull(DataTypes.LongType)), "z", 12),
                alias(new EqualNullSafe(A, Literal.ofNull(DataTypes.LongType)), "w", 13));
        assertThat(plan.treeString()).isEqualTo("""
                Project [(n#2 IS NULL) AS x#10, (n#2 IS NOT NULL) AS y#11, (a#1 > null) AS z#12, (a#1 <=> null) AS w#13]
                +- Relation t[a#1, n#2]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [false AS x#10, true AS y#11, null AS z#12, (a#1 IS NULL) AS w#13]
                +- Relation t[a#1, n#2]
                """);
    }

    @Test
    void doesNotFireOnNullableColumns() {
        RuleTesting.doesNotFire(
                rule, project(scan("t", 1, A), alias(new IsNull(A), "x", 10), alias(gt(A, 1L), "y", 11)));
    }
}
