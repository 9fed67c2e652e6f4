package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Exprs.gt;
import static io.rivulet.sql.optimizer.Fixtures.alias;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.project;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.Filter;
import io.rivulet.sql.plan.LogicalPlan;
import io.rivulet.sql.types.DataTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushFilterThroughProjectTest {
    private static final AttributeReference A = longColumn("a", 1);
    private static final AttributeReference B = longColumn("b", 2);
    private final Rule rule = new PushFilterThroughProject();

    @Test
    void substitutesTheAliasesOfTheProjection() {
        AttributeReference x = longColumn("x", 10);
        LogicalPlan plan = new Filter(
                Exprs.and(gt(x, 1L), gt(B, 2L)),
                project(scan("t", 1, A, B), alias(new TestPlus(A, Fixtures.lit(1L)), "x", 10), B));
        assertThat(plan.treeString()).isEqualTo("""
                Filter ((x#10 > 1) AND (b#2 > 2))
                +- Project [(a#1 + 1) AS x#10, b#2]
                   +- Relation t[a#1, b#2]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [(a#1 + 1) AS x#10, b#2]
                +- Filter (((a#1 + 1) > 1) AND (b#2 > 2))
                   +- Relation t[a#1, b#2]
                """);
    }

    @Test
    void doesNotFireThroughANondeterministicProjection() {
        RuleTesting.doesNotFire(
                rule,
                new Filter(
                        gt(B, 2L),
                        project(
                                scan("t", 1, A, B),
                                alias(new TestFunction("rand", DataTypes.LongType, false, List.of()), "r", 10),
                                B)));
    }
}
