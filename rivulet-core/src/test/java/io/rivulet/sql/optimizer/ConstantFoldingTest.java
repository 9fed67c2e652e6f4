package io.rivulet.sql.optimizer;

import static io.rivulet.sql.optimizer.Fixtures.alias;
import static io.rivulet.sql.optimizer.Fixtures.lit;
import static io.rivulet.sql.optimizer.Fixtures.longColumn;
import static io.rivulet.sql.optimizer.Fixtures.project;
import static io.rivulet.sql.optimizer.Fixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.rivulet.sql.expr.AttributeReference;
import io.rivulet.sql.plan.LogicalPlan;
import org.junit.jupiter.api.Test;

class ConstantFoldingTest {
    private static final AttributeReference A = longColumn("a", 1);
    private final Rule rule = new ConstantFolding();

    @Test
    void evaluatesTheLargestConstantSubtrees() {
        LogicalPlan plan = project(
                scan("t", 1, A),
                alias(new TestPlus(A, new TestPlus(lit(1L), lit(2L))), "x", 2),
                alias(new TestPlus(new TestPlus(lit(40L), lit(1L)), lit(1L)), "y", 3));
        assertThat(plan.treeString()).isEqualTo("""
                Project [(a#1 + (1 + 2)) AS x#2, ((40 + 1) + 1) AS y#3]
                +- Relation t[a#1]
                """);
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [(a#1 + 3) AS x#2, 42 AS y#3]
                +- Relation t[a#1]
                """);
    }

    @Test
    void leavesWhatWouldFailForTheRunToRaise() {
        LogicalPlan plan = project(
                scan("t", 1, A),
                alias(
                        new TestPlus(new TestPlus(lit(Long.MAX_VALUE), lit(1L)), new TestPlus(lit(1L), lit(1L))),
                        "x",
                        2));
        assertThat(RuleTesting.after(rule, plan)).isEqualTo("""
                Project [((9223372036854775807 + 1) + 2) AS x#2]
                +- Relation t[a#1]
                """);
    }

    @Test
    void doesNotFireOnColumnsOrNondeterministicFunctions() {
        RuleTesting.doesNotFire(rule, project(scan("t", 1, A), alias(new TestPlus(A, lit(1L)), "x", 2)));
        RuleTesting.doesNotFire(rule, project(scan("t", 1, A), alias(TestFunction.random("rand", lit(1L)), "x", 2)));
    }
}
